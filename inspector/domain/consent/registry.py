"""Which cookie names are consent cookies, and which decoder reads each platform's cookies into a record."""
from __future__ import annotations

from inspector.domain.consent import axeptio, cookiebot, didomi, onetrust, opendatasoft, tarteaucitron, tcf_record
from inspector.domain.consent.record import ConsentRecord, RawConsent

# (platform, decoder module); each module names its COOKIES and the PRIMARY one without
# which the others say nothing (Axeptio's lists alone still do: its PRIMARY is optional).
DECODERS = (
    ("tcf", tcf_record), ("didomi", didomi), ("onetrust", onetrust), ("cookiebot", cookiebot),
    ("axeptio", axeptio), ("tarteaucitron", tarteaucitron), ("opendatasoft", opendatasoft),
)
PLATFORM_OF: dict[str, str] = {name: platform for platform, module in DECODERS for name in module.COOKIES}
CONSENT_NAMES = frozenset(PLATFORM_OF)
_MODULES = dict(DECODERS)


def is_consent_cookie(name: str) -> bool:
    return name in CONSENT_NAMES


def decode(platform: str, raw: dict[str, RawConsent], cookies: tuple) -> ConsentRecord | None:
    """The platform's record from its cookies' values (name -> RawConsent); None when its main cookie is absent."""
    module = _MODULES[platform]
    if module.PRIMARY not in raw and platform != "axeptio":
        return None
    return module.decode(raw, cookies)
