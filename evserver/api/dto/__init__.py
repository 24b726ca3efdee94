"""Wire shapes of the REST API: an `XCreate` / `XUpdate` / `X` triplet per resource."""
