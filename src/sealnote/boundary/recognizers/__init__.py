"""One recognizer per kind of identifier; `default_recognizers` is the boundary's set."""

from __future__ import annotations

from sealnote.boundary.recognizers.base import Recognizer, prepare
from sealnote.boundary.recognizers.contact import (
    EmailRecognizer,
    IpRecognizer,
    PhoneRecognizer,
    SocialHandleRecognizer,
    SpokenNumberRecognizer,
    UrlRecognizer,
)
from sealnote.boundary.recognizers.dates import (
    AgeOver89Recognizer,
    BirthYearRecognizer,
    DateRecognizer,
)
from sealnote.boundary.recognizers.employers import (
    ChainInTownRecognizer,
    DictatedNamedPlaceRecognizer,
    EmploymentRecognizer,
    PlaceBeforeItsKindRecognizer,
    PlaceOnAStreetRecognizer,
)
from sealnote.boundary.recognizers.institutions import CollegeRecognizer, NamedInstitutionRecognizer
from sealnote.boundary.recognizers.media import BiometricRecognizer, PhotoRecognizer
from sealnote.boundary.recognizers.names import NameRecognizer
from sealnote.boundary.recognizers.numbers import (
    IbanRecognizer,
    IdentifierRecognizer,
    MacAddressRecognizer,
    PaymentCardRecognizer,
    SsnRecognizer,
    VinRecognizer,
)
from sealnote.boundary.recognizers.organizations import (
    BedSearchRecognizer,
    CamelCaseFirmRecognizer,
    FacilityRecognizer,
    InsurerRecognizer,
    LinkedNameRecognizer,
    LodgeRecognizer,
    MilitaryBaseRecognizer,
    NamedServiceRecognizer,
    NumberedSchoolRecognizer,
    TribalNationRecognizer,
    VenueRecognizer,
    WardRecognizer,
)
from sealnote.boundary.recognizers.places import (
    IntroducedAddressRecognizer,
    MilitaryAddressRecognizer,
    NamedLandmarkRecognizer,
    NamedResidenceRecognizer,
    NamedWaterRecognizer,
    PlaceNameRecognizer,
    SpanishPlaceRecognizer,
    StreetAddressRecognizer,
    TownOfficeRecognizer,
    UnlistedPlaceRecognizer,
    ZipCodeRecognizer,
)
from sealnote.boundary.recognizers.signatures import (
    DictatedSubjectRecognizer,
    FieldNameRecognizer,
    InitialsRecognizer,
    ReligiousTitleRecognizer,
    ShoutedNameRecognizer,
    SpelledNameRecognizer,
)


def default_recognizers() -> list[Recognizer]:
    """Every recognizer the boundary runs, in no particular order (priorities decide)."""
    recognizers = [
        EmailRecognizer(), UrlRecognizer(), IpRecognizer(), PhoneRecognizer(),
        SocialHandleRecognizer(), SsnRecognizer(), PaymentCardRecognizer(), IbanRecognizer(),
        VinRecognizer(), MacAddressRecognizer(), IdentifierRecognizer(), DateRecognizer(),
        AgeOver89Recognizer(), BirthYearRecognizer(), StreetAddressRecognizer(),
        MilitaryAddressRecognizer(), IntroducedAddressRecognizer(), ZipCodeRecognizer(),
        FacilityRecognizer(), PlaceNameRecognizer(), EmploymentRecognizer(), VenueRecognizer(),
        WardRecognizer(), NameRecognizer(), FieldNameRecognizer(), InitialsRecognizer(),
        PhotoRecognizer(), BiometricRecognizer(), SpokenNumberRecognizer(),
        CamelCaseFirmRecognizer(), DictatedNamedPlaceRecognizer(), SpelledNameRecognizer(),
        DictatedSubjectRecognizer(), NamedInstitutionRecognizer(), NamedWaterRecognizer(),
        TownOfficeRecognizer(), CollegeRecognizer(), ChainInTownRecognizer(),
        TribalNationRecognizer(), NamedResidenceRecognizer(), NamedServiceRecognizer(),
        LodgeRecognizer(), PlaceBeforeItsKindRecognizer(), LinkedNameRecognizer(),
        InsurerRecognizer(), ReligiousTitleRecognizer(), BedSearchRecognizer(),
        NamedLandmarkRecognizer(), UnlistedPlaceRecognizer(), NumberedSchoolRecognizer(),
        MilitaryBaseRecognizer(), PlaceOnAStreetRecognizer(), SpanishPlaceRecognizer(),
        ShoutedNameRecognizer(),
    ]
    prepare(recognizers)
    return recognizers


__all__ = ["Recognizer", "default_recognizers"]
