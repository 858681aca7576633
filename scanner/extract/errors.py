"""Extraction errors: each maps to one of the SPEC's per-file error codes."""

from __future__ import annotations


class ExtractionError(Exception):
    """Base of every extraction failure; ``code`` is the SPEC error code."""

    code = "corrupt"


class CorruptDocument(ExtractionError):
    code = "corrupt"


class EncryptedDocument(ExtractionError):
    code = "encrypted"


class TooLarge(ExtractionError):
    code = "too_large"


class UnsupportedFormat(ExtractionError):
    code = "unsupported"


class ArchiveBomb(ExtractionError):
    """Ratio, total size, member count or nesting depth over the configured limit."""

    code = "bomb"


class ArchiveTooDeep(ArchiveBomb):
    code = "bomb"


class UnsafePath(ExtractionError):
    code = "unsafe_path"


class ExtractionTimeout(ExtractionError):
    code = "timeout"


class XmlBomb(ArchiveBomb):
    """XML whose entities expand without bound (billion laughs): a bomb, not a damaged file."""



# What the XML parsers say of entity expansion: libxml2 (lxml) and expat (xml.etree), and
# defusedxml's refusal of any entity declaration (no office program writes one).
_XML_BOMB_WORDS = ("amplification", "entity reference loop", "entity loop")
_XML_BOMB_TYPES = ("EntitiesForbidden", "DTDForbidden")


def is_xml_bomb(e: BaseException) -> bool:
    """Whether an XML parser refused entities that expand without bound, itself or as the
    cause of what a library raised over it (openpyxl's ValueError). Only the types and the
    parser's own message are read; neither carries document text."""
    seen: BaseException | None = e
    for _ in range(8):  # a cause chain is short; never follow a loop
        if seen is None:
            return False
        name = type(seen).__name__
        if name in _XML_BOMB_TYPES or (("XMLSyntaxError" in name or "ParseError" in name)
                                       and any(w in str(seen).lower() for w in _XML_BOMB_WORDS)):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def unreadable(e: BaseException, what: str) -> ExtractionError:
    """The SPEC code of an extractor failure on ``what``: ``bomb`` for an XML entity bomb,
    else ``corrupt``."""
    if is_xml_bomb(e):
        return XmlBomb(f"{what}: XML entities expand without bound")
    return CorruptDocument(what)
