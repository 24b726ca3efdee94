"""OCPP transport adapters: OCPP-J (WebSocket + JSON) and OCPP-S (SOAP)."""
