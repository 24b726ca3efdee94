"""The hardened parser refuses what a SOAP endpoint must never expand or fetch."""

from __future__ import annotations

import pytest

from evserver.ocpp.soap.xmlsafe import MAX_MESSAGE_BYTES, XmlInputError, parse_xml

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<lolz>&lol9;</lolz>"""

EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b"<foo>&xxe;</foo>"
)


def rejected(raw: bytes, **kwargs: int) -> XmlInputError:
    with pytest.raises(XmlInputError) as caught:
        parse_xml(raw, **kwargs)
    return caught.value


def test_parses_plain_xml_without_comments() -> None:
    root = parse_xml(b"<a><!-- note --><b>x</b></a>")
    assert [child.tag for child in root] == ["b"]


def test_billion_laughs() -> None:
    error = rejected(BILLION_LAUGHS)
    assert error.reason == "document type declarations are not allowed"
    assert not error.too_large


def test_billion_laughs_in_utf16_is_refused_too() -> None:
    raw = BILLION_LAUGHS.replace(b'version="1.0"', b'version="1.0" encoding="utf-16"')
    # The byte scan misses UTF-16; libxml2's amplification guard or our DOCTYPE check stops it.
    assert not rejected(raw.decode().encode("utf-16")).too_large


def test_doctype_in_utf16_is_caught_after_parsing() -> None:
    raw = '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>'
    assert rejected(raw.encode("utf-16")).reason == "document type declarations are not allowed"


def test_external_entity() -> None:
    assert rejected(EXTERNAL_ENTITY).reason == "document type declarations are not allowed"


def test_external_dtd_reference() -> None:
    raw = b'<!DOCTYPE a SYSTEM "http://198.51.100.1/evil.dtd"><a/>'
    assert rejected(raw).reason == "document type declarations are not allowed"


def test_size_is_checked_before_parsing() -> None:
    error = rejected(b"<a>" + b"x" * MAX_MESSAGE_BYTES + b"</a>")
    assert error.too_large
    assert "exceeds the limit" in error.reason
    # Not even well-formed: the size check answers first.
    assert rejected(b"<" * 50, max_bytes=10).too_large


def test_not_xml() -> None:
    assert rejected(b"{'json': true}").reason.startswith("not well-formed XML")
    assert rejected(b"<a><b></a>").reason.startswith("not well-formed XML")


def test_empty() -> None:
    assert rejected(b"  \n").reason == "empty message"


def test_deep_nesting_is_bounded() -> None:
    # libxml2 stops at 256 levels unless huge_tree is on, which we never turn on.
    raw = b"<a>" * 10_000 + b"</a>" * 10_000
    assert rejected(raw).reason.startswith("not well-formed XML")
