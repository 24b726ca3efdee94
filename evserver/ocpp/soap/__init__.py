"""OCPP-S transport codec: SOAP 1.2 envelopes for OCPP 1.5 and 1.6, parsed and built with lxml.

`envelope` reads station requests and writes our replies and faults, `client_messages` writes
our calls to stations and reads their replies, `convert` maps message bodies to the OCPP 1.6
JSON shapes the domain speaks, `schema` holds the XSDs of the bundled WSDLs and `xmlsafe`
is the only way untrusted XML gets parsed.
"""
