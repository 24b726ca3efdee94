"""The OCPP-S services described by the bundled WSDLs: operations, message types and validation.

Each WSDL embeds one XSD in `wsdl:types`. It is loaded twice over: as an `lxml.etree.XMLSchema`
to validate bodies, and as a small model of its complex types (element order, occurrence,
leaf types) so that `convert` can read and write bodies without a hand-typed field list.
"""

from __future__ import annotations

import copy
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal, cast

from lxml import etree

from evserver.ocpp.soap.xmlsafe import parse_xml

Version = Literal["1.5", "1.6"]
Service = Literal["cs", "cp"]
"""`cs`: CentralSystemService (stations call us); `cp`: ChargePointService (we call them)."""

VERSIONS: tuple[Version, ...] = ("1.5", "1.6")

XSD_NS = "http://www.w3.org/2001/XMLSchema"
WSDL_NS = "http://schemas.xmlsoap.org/wsdl/"
WSAW_NS = "http://www.w3.org/2006/05/addressing/wsdl"

WSDL_FILES: Mapping[tuple[Service, Version], str] = {
    ("cs", "1.5"): "ocpp_centralsystemservice_1.5_final.wsdl",
    ("cs", "1.6"): "OCPP_CentralSystemService_1.6.wsdl",
    ("cp", "1.5"): "ocpp_chargepointservice_1.5_final.wsdl",
    ("cp", "1.6"): "OCPP_ChargePointService_1.6.wsdl",
}

_XS = f"{{{XSD_NS}}}"
_WSDL = f"{{{WSDL_NS}}}"
_MAX_SHOWN_VALUE = 64


class SchemaViolationError(ValueError):
    """A message body does not match its XSD; `reason` names the operation and the element."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Field:
    """One child element (or attribute) of a complex type, in schema order."""

    name: str
    type_name: str
    """A key of `ServiceSchema.types` if `is_complex`, else an XSD built-in (`int`, `dateTime`)."""
    is_complex: bool
    required: bool
    repeated: bool


@dataclass(frozen=True, slots=True)
class ComplexType:
    """A complex type: an element sequence, or text content with attributes (`simpleContent`)."""

    name: str
    fields: tuple[Field, ...]
    text_type: str | None = None
    attributes: tuple[Field, ...] = ()

    def field(self, name: str) -> Field | None:
        """Return the child element called `name`, if the type has one."""
        for field in self.fields:
            if field.name == name:
                return field
        return None


@dataclass(frozen=True, slots=True)
class Operation:
    """A WSDL operation with its body element names and WS-Addressing actions."""

    name: str
    request_element: str
    response_element: str
    request_action: str
    response_action: str


@dataclass(frozen=True, slots=True)
class ServiceSchema:
    """One service of one OCPP version, as described by its WSDL."""

    service: Service
    version: Version
    namespace: str
    wsdl_file: str
    operations: Mapping[str, Operation]
    elements: Mapping[str, str]
    """Global element name -> complex type name."""
    types: Mapping[str, ComplexType]

    def operation_for_element(self, local_name: str) -> Operation | None:
        """Return the operation whose request or response body element is `local_name`."""
        for operation in self.operations.values():
            if local_name in (operation.request_element, operation.response_element):
                return operation
        return None

    def element_type(self, local_name: str) -> ComplexType:
        """Return the complex type of the global element `local_name`."""
        return self.types[self.elements[local_name]]

    def qname(self, local_name: str) -> str:
        """Return `local_name` in this service's namespace, in lxml's `{ns}name` form."""
        return f"{{{self.namespace}}}{local_name}"


def wsdl_bytes(service: Service, version: Version) -> bytes:
    """Return the bundled WSDL file of a service, byte for byte as published."""
    return (resources.files(__package__) / "wsdl" / WSDL_FILES[service, version]).read_bytes()


@cache
def load(service: Service, version: Version) -> ServiceSchema:
    """Return the model of a service's WSDL, read once per process."""
    root = _wsdl_root(service, version)
    xsd = _embedded_schema(root)
    simple_bases = _simple_type_bases(xsd)
    types: dict[str, ComplexType] = {}
    for node in xsd.iterfind(f"{_XS}complexType"):
        _read_complex_type(node, node.get("name", ""), simple_bases, types)
    elements = {
        node.get("name", ""): _local(_resolve(node, node.get("type", "")))
        for node in xsd.iterfind(f"{_XS}element")
    }
    return ServiceSchema(
        service=service,
        version=version,
        namespace=xsd.get("targetNamespace", ""),
        wsdl_file=WSDL_FILES[service, version],
        operations=_operations(root),
        elements=elements,
        types=types,
    )


def find_by_namespace(service: Service, namespace: str) -> ServiceSchema | None:
    """Return the version of `service` whose target namespace is `namespace`, if any."""
    for version in VERSIONS:
        schema = load(service, version)
        if schema.namespace == namespace:
            return schema
    return None


def validate(schema: ServiceSchema, body: etree._Element) -> None:
    """Check a body element against its service's XSD, raising `SchemaViolationError` if it fails.

    The reason names the operation and the offending element, e.g.
    "BootNotification: element 'chargePointModel' is missing".
    """
    validator = _validator(schema.service, schema.version)
    if validator.validate(body):
        return
    operation = schema.operation_for_element(etree.QName(body).localname)
    label = operation.name if operation else etree.QName(body).localname
    # The stubs leave the error log untyped; each entry has a libxml2 `message`.
    errors: list[Any] = list(cast(Iterable[Any], validator.error_log))
    detail = describe_error(str(errors[0].message)) if errors else "invalid message"
    if errors and _MISSING.search(str(errors[0].message)):
        # libxml2 lists every element that may come next, optional ones included; the model
        # knows which required one is absent.
        missing = _first_missing(schema, schema.element_type(etree.QName(body).localname), body)
        if missing is not None:
            name, parent = missing
            detail = f"element '{name}' is missing"
            if parent is not body:
                detail += f" in '{etree.QName(parent).localname}'"
    raise SchemaViolationError(f"{label}: {detail}")


def _first_missing(
    schema: ServiceSchema, complex_type: ComplexType, node: etree._Element
) -> tuple[str, etree._Element] | None:
    """Return the first required child absent from `node` (depth first), with its parent."""
    present: dict[str, list[etree._Element]] = {}
    for child in node:
        if isinstance(child.tag, str):
            present.setdefault(etree.QName(child).localname, []).append(child)
    for field in complex_type.fields:
        found = present.get(field.name, [])
        if field.required and not found:
            return field.name, node
        if field.is_complex:
            for child in found:
                missing = _first_missing(schema, schema.types[field.type_name], child)
                if missing is not None:
                    return missing
    return None


_local_validators = threading.local()


def _validator(service: Service, version: Version) -> etree.XMLSchema:
    # A validator keeps its error log on the instance, so each thread gets its own.
    cached: dict[tuple[Service, Version], etree.XMLSchema] | None
    cached = getattr(_local_validators, "by_service", None)
    if cached is None:
        cached = {}
        _local_validators.by_service = cached
    if (service, version) not in cached:
        cached[service, version] = etree.XMLSchema(_embedded_schema(_wsdl_root(service, version)))
    return cached[service, version]


def _wsdl_root(service: Service, version: Version) -> etree._Element:
    return parse_xml(wsdl_bytes(service, version), max_bytes=1024 * 1024)


def _embedded_schema(wsdl_root: etree._Element) -> etree._Element:
    """Return a standalone copy of the XSD inside `wsdl:types`, namespace prefixes included."""
    inner = wsdl_root.find(f"{_WSDL}types/{_XS}schema")
    if inner is None:
        raise LookupError("the WSDL has no embedded XML schema")
    # QName-valued attributes (type="tns:IdToken") rely on prefixes declared on the WSDL root,
    # which a plain deep copy of the subtree would drop.
    nsmap = {prefix: uri for prefix, uri in inner.nsmap.items() if prefix is not None}
    standalone = etree.Element(inner.tag, nsmap=nsmap)
    for name, value in inner.items():
        standalone.set(name, value)
    for child in inner:
        standalone.append(copy.deepcopy(child))
    return standalone


def _resolve(node: etree._Element, prefixed: str) -> etree.QName:
    prefix, _, local = prefixed.rpartition(":")
    namespace = node.nsmap.get(prefix or None)
    return etree.QName(namespace, local)


def _local(qname: etree.QName) -> str:
    return qname.localname


def _simple_type_bases(xsd: etree._Element) -> dict[str, str]:
    """Map each named simple type to the XSD built-in it restricts (through any chain)."""
    direct: dict[str, etree.QName] = {}
    for node in xsd.iterfind(f"{_XS}simpleType"):
        restriction = node.find(f"{_XS}restriction")
        if restriction is None:
            raise NotImplementedError(f"simple type {node.get('name')} is not a restriction")
        direct[node.get("name", "")] = _resolve(restriction, restriction.get("base", ""))
    bases: dict[str, str] = {}
    for name, base in direct.items():
        while base.namespace != XSD_NS:
            base = direct[base.localname]
        bases[name] = base.localname
    return bases


def _leaf(
    node: etree._Element, type_attr: str, simple_bases: Mapping[str, str]
) -> tuple[str, bool]:
    """Return (type name, is complex) for a `type="..."` reference."""
    qname = _resolve(node, type_attr)
    if qname.namespace == XSD_NS:
        return qname.localname, False
    if qname.localname in simple_bases:
        return simple_bases[qname.localname], False
    return qname.localname, True


def _read_complex_type(
    node: etree._Element,
    name: str,
    simple_bases: Mapping[str, str],
    types: dict[str, ComplexType],
) -> ComplexType:
    content = [child for child in node if child.tag != f"{_XS}annotation"]
    if not content:
        complex_type = ComplexType(name=name, fields=())
    elif content[0].tag == f"{_XS}sequence":
        fields = tuple(
            _read_element(child, name, simple_bases, types)
            for child in content[0]
            if child.tag == f"{_XS}element"
        )
        complex_type = ComplexType(name=name, fields=fields)
    elif content[0].tag == f"{_XS}simpleContent":
        extension = content[0].find(f"{_XS}extension")
        if extension is None:
            raise NotImplementedError(f"complex type {name}: simpleContent without extension")
        text_type, _ = _leaf(extension, extension.get("base", ""), simple_bases)
        attributes = tuple(
            Field(
                name=attribute.get("name", ""),
                type_name=_leaf(attribute, attribute.get("type", ""), simple_bases)[0],
                is_complex=False,
                required=attribute.get("use") == "required",
                repeated=False,
            )
            for attribute in extension.iterfind(f"{_XS}attribute")
        )
        complex_type = ComplexType(name=name, fields=(), text_type=text_type, attributes=attributes)
    else:
        raise NotImplementedError(f"complex type {name}: unsupported content {content[0].tag}")
    types[name] = complex_type
    return complex_type


def _read_element(
    node: etree._Element,
    owner: str,
    simple_bases: Mapping[str, str],
    types: dict[str, ComplexType],
) -> Field:
    name = node.get("name", "")
    inline = node.find(f"{_XS}complexType")
    if inline is not None:
        # Anonymous types (1.5 MeterValue/value) get a name derived from their place.
        type_name = _read_complex_type(inline, f"{owner}.{name}", simple_bases, types).name
        is_complex = True
    else:
        type_name, is_complex = _leaf(node, node.get("type", ""), simple_bases)
    return Field(
        name=name,
        type_name=type_name,
        is_complex=is_complex,
        required=node.get("minOccurs", "1") != "0",
        repeated=node.get("maxOccurs", "1") != "1",
    )


def _operations(wsdl_root: etree._Element) -> dict[str, Operation]:
    parts = {
        message.get("name", ""): _local(_resolve(part, part.get("element", "")))
        for message in wsdl_root.iterfind(f"{_WSDL}message")
        for part in message.iterfind(f"{_WSDL}part")
    }
    port_type = wsdl_root.find(f"{_WSDL}portType")
    if port_type is None:
        raise LookupError("the WSDL has no portType")
    operations: dict[str, Operation] = {}
    for node in port_type.iterfind(f"{_WSDL}operation"):
        request = node.find(f"{_WSDL}input")
        response = node.find(f"{_WSDL}output")
        if request is None or response is None:
            raise NotImplementedError(f"operation {node.get('name')} is not request-response")
        name = node.get("name", "")
        operations[name] = Operation(
            name=name,
            request_element=parts[_local(_resolve(request, request.get("message", "")))],
            response_element=parts[_local(_resolve(response, response.get("message", "")))],
            request_action=request.get(f"{{{WSAW_NS}}}Action", f"/{name}"),
            response_action=response.get(f"{{{WSAW_NS}}}Action", f"/{name}Response"),
        )
    return operations


_ERROR_SUBJECT = re.compile(r"^Element '([^']+)'(?:, attribute '([^']+)')?: (.*)$", re.DOTALL)
_MISSING = re.compile(r"Missing child element\(s\)\. Expected is (?:one of )?\( (.*) \)")
_UNEXPECTED = re.compile(r"This element is not expected\.(?: Expected is (?:one of )?\( (.*) \))?")
_ENUMERATION = re.compile(
    r"\[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}"
)
_ATOMIC = re.compile(r"'(.*)' is not a valid value of the atomic type '(?:xs:)?([^']+)'")
_MAX_LENGTH = re.compile(
    r"\[facet 'maxLength'\] The value has a length of '(\d+)'; "
    r"this exceeds the allowed maximum length of '(\d+)'"
)
_NAMESPACED = re.compile(r"\{[^}]*\}")


def describe_error(message: str) -> str:
    """Turn a libxml2 schema error into a short sentence naming the element, namespaces dropped."""
    message = message.strip()
    subject_match = _ERROR_SUBJECT.match(message)
    if subject_match is None:
        return _strip_namespaces(message)
    element, attribute, rest = subject_match.groups()
    element = _strip_namespaces(element)
    subject = (
        f"attribute '{attribute}' of element '{element}'" if attribute else f"element '{element}'"
    )
    if match := _MISSING.search(rest):
        expected = _names(match.group(1))
        if len(expected) == 1:
            return f"element '{expected[0]}' is missing"
        return f"one of the elements {_quoted(expected)} is missing in '{element}'"
    if match := _UNEXPECTED.search(rest):
        if match.group(1):
            return f"{subject} is not expected here (expected {_quoted(_names(match.group(1)))})"
        return f"{subject} is not expected here"
    if match := _ENUMERATION.search(rest):
        allowed = ", ".join(value.strip().strip("'") for value in match.group(2).split(","))
        return f"{subject} has value '{_shown(match.group(1))}', expected one of: {allowed}"
    if match := _ATOMIC.search(rest):
        return (
            f"{subject} has value '{_shown(match.group(1))}', which is not a valid {match.group(2)}"
        )
    if match := _MAX_LENGTH.search(rest):
        return f"{subject} is {match.group(1)} characters long, at most {match.group(2)} allowed"
    return f"{subject}: {_strip_namespaces(rest).rstrip('.')}"


def _names(listing: str) -> list[str]:
    return [_strip_namespaces(name.strip()) for name in listing.split(",")]


def _quoted(names: list[str]) -> str:
    return ", ".join(f"'{name}'" for name in names)


def _shown(value: str) -> str:
    return value if len(value) <= _MAX_SHOWN_VALUE else value[:_MAX_SHOWN_VALUE] + "..."


def _strip_namespaces(text: str) -> str:
    return _NAMESPACED.sub("", text)
