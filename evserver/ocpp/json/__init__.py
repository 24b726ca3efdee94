"""OCPP-J: frames, validated payloads and the WebSocket central system."""
