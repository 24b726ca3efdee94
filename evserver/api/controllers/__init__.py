"""One thin controller per resource: authorize, call one service, answer a DTO."""
