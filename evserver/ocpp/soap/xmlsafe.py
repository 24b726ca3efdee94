"""Parse untrusted XML without DTDs, entity expansion, network access or unbounded size."""

from __future__ import annotations

from lxml import etree

MAX_MESSAGE_BYTES = 512 * 1024
"""The largest SOAP message we parse; a full MeterValues batch is a few tens of kilobytes."""


class XmlInputError(ValueError):
    """The bytes are not acceptable XML; `reason` says why, `too_large` flags the size check."""

    def __init__(self, reason: str, *, too_large: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.too_large = too_large


def _parser() -> etree.XMLParser:
    # A fresh parser per call: lxml parsers must not be shared between threads.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        collect_ids=False,
    )


def parse_xml(raw: bytes, *, max_bytes: int = MAX_MESSAGE_BYTES) -> etree._Element:
    """Parse `raw` into its root element, refusing oversize input and any document type declaration.

    SOAP 1.2 forbids DOCTYPEs outright, so refusing them removes entity bombs and external
    entities at the root instead of relying on parser flags alone.
    """
    if len(raw) > max_bytes:
        raise XmlInputError(
            f"message of {len(raw)} bytes exceeds the limit of {max_bytes} bytes", too_large=True
        )
    if not raw.strip():
        raise XmlInputError("empty message")
    # Cheap early refusal for the common encodings; the docinfo check below covers the rest.
    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
        raise XmlInputError("document type declarations are not allowed")
    try:
        root = etree.fromstring(raw, _parser())
    except etree.XMLSyntaxError as exc:
        raise XmlInputError(f"not well-formed XML: {exc.msg}") from None
    # lxml reports any DOCTYPE, even one without an internal subset, as an internal DTD.
    if root.getroottree().docinfo.internalDTD is not None:
        raise XmlInputError("document type declarations are not allowed")
    return root
