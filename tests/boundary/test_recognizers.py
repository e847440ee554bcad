"""Each recognizer: what it finds, and the validators that stop false positives."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from typing import ClassVar

import pytest

from sealnote.boundary.detect import detect
from sealnote.boundary.recognizers.base import Cue, Recognizer, _CueWords
from sealnote.boundary.recognizers.numbers import iban_valid, luhn_valid, ssn_plausible
from sealnote.boundary.spans import Label
from sealnote.boundary.zip3 import safe_harbor_zip3


def found(text: str) -> list[tuple[str, str]]:
    return [(s.label.value, s.text(text)) for s in detect(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Call her at (508) 555-0142 tonight.", ("PHONE", "(508) 555-0142")),
    ("cell 508.555.0142", ("PHONE", "508.555.0142")),
    ("reach me on +44 20 7946 0958", ("PHONE", "+44 20 7946 0958")),
    ("Fax: 617-555-0100", ("FAX", "617-555-0100")),
    ("write to kim.lee@example.org please", ("EMAIL", "kim.lee@example.org")),
    ("see https://example.org/profile?id=7 now", ("URL", "https://example.org/profile?id=7")),
    ("her blog www.mystory.net.", ("URL", "www.mystory.net")),
    ("logged in from 73.114.22.9", ("IP", "73.114.22.9")),
    ("address 2001:db8::8a2e:370:7334 seen", ("IP", "2001:db8::8a2e:370:7334")),
    ("SSN 123-45-6789 on file", ("SSN", "123-45-6789")),
    ("card 4111 1111 1111 1111 declined", ("ACCOUNT", "4111 1111 1111 1111")),
    ("IBAN GB82WEST12345698765432 for refunds", ("ACCOUNT", "GB82WEST12345698765432")),
    ("MRN: UCS-908765", ("MRN", "UCS-908765")),
    ("member ID HPN55100823", ("HEALTH_PLAN", "member ID HPN55100823")),
    ("license number D1234567 suspended", ("LICENSE", "D1234567")),
    ("VIN 1HGCM82633A004352", ("VEHICLE", "1HGCM82633A004352")),
    ("pacemaker serial PM-88213X", ("DEVICE", "PM-88213X")),
    ("claim CLM-2026-118842 denied", ("OTHER_ID", "CLM-2026-118842")),
    ("follows @sofi.dances online", ("OTHER_ID", "@sofi.dances")),
    ("seen on April 12, 2023 for intake", ("DATE", "April 12, 2023")),
    ("DOB 03/14/1979.", ("DATE", "03/14/1979")),
    ("admitted 2023-01-15 14:22", ("DATE", "2023-01-15 14:22")),
    ("since the 3rd of March", ("DATE", "3rd of March")),
    ("her grandmother is 93 years old", ("AGE_OVER_89", "93 years old")),
    ("a 101-year-old veteran", ("AGE_OVER_89", "101-year-old")),
    ("lives at 418 Larkspur Lane, Apt 3B", ("LOCATION", "418 Larkspur Lane, Apt 3B")),
    ("moved to Fairhaven, MA 02719 in spring", ("LOCATION", "Fairhaven, MA 02719")),
    ("treated at Methodist Hospital", ("LOCATION", "Methodist Hospital")),
    ("works at Cedar Point Boatworks", ("ORGANIZATION", "Cedar Point Boatworks")),
    ("photo saved as IMG_2041.jpg", ("PHOTO", "IMG_2041.jpg")),
    ("fingerprint ID FP-22817 on record", ("BIOMETRIC", "FP-22817")),
    ("Phone: (37) 788-063", ("PHONE", "(37) 788-063")),
    ("nobody answering at 71-33-52-22", ("PHONE", "71-33-52-22")),
    ("28-64-66-98 office", ("PHONE", "28-64-66-98")),
    ("Client Bea is 94 and lives alone.", ("AGE_OVER_89", "94")),
    ("she is 92 years old", ("AGE_OVER_89", "92 years old")),
    ("her son's address is PSC 6293, Box 8158\nAPO AP 04336", ("LOCATION",
                                                            "PSC 6293, Box 8158\nAPO AP 04336")),
    ("he serves on the USNS Comfort now", ("LOCATION", "USNS Comfort")),
    ("exposure on Route 140 at dusk", ("LOCATION", "Route 140")),
    ("crashed off I-195 last year", ("LOCATION", "I-195")),
    ("she grew up at 233 Erzsébet tér 19., Budapest", ("LOCATION",
                                                         "233 Erzsébet tér 19., Budapest")),
    ("his mother lives at 6750 Koskikatu 25 Apt. 864, Espoo; she visits",
     ("LOCATION", "6750 Koskikatu 25 Apt. 864, Espoo")),
    ("the new address is 12 Rua do Sol 44, Lisboa. She moved.",
     ("LOCATION", "12 Rua do Sol 44, Lisboa")),
    ("his sister flew to HELSINKI on Monday", ("LOCATION", "HELSINKI")),
    ("fishing off Gooseberry Island with his cousin", ("LOCATION", "Gooseberry Island")),
    ("sat in her car outside Market Basket for privacy", ("ORGANIZATION", "Market Basket")),
    ("follow up with benjamin a seiler in a month", ("NAME", "benjamin a seiler")),
    ("Referred by Daniela C Capon last week.", ("NAME", "Daniela C Capon")),
    ("Dash came in anxious after a panic attack.", ("NAME", "Dash")),
    ("Asya spent a year abroad.", ("NAME", "Asya")),
    ("Teddy (goes by T) is 16.", ("NAME", "T")),
    ("Sponsor is Big Mike from the Tuesday meeting.", ("NAME", "Big Mike")),
    ("Session 12 with Wren. They slept better.", ("NAME", "Wren")),
    ("she drew her cat Biscuit and her brother", ("NAME", "Biscuit")),
    # Headers, signatures and hospital shorthand
    ("DISCHARGE SUMMARY\nPatient: KOWALSKI, THEODORE J\nMRN: 004418273",
     ("NAME", "KOWALSKI, THEODORE J")),
    ("Name: Hsu, Mei-Lin   MRN: 7734019", ("NAME", "Hsu, Mei-Lin")),
    ("Read by: Gregory Tan, MD", ("NAME", "Gregory Tan")),
    ("seen by Dr. ACHEBE on rounds", ("NAME", "Dr. ACHEBE")),
    ("Client Faisal asked for a letter.", ("NAME", "Faisal")),
    ("Henrik Dahl, MD, pgr 4-5521", ("PHONE", "4-5521")),
    ("MRI 09/2024 stable", ("DATE", "09/2024")),
    ("Pt is a 90 yo woman admitted 3/2 from rehab", ("DATE", "3/2")),
    ("Plan: possible transfer to Farr 7 tomorrow.", ("LOCATION", "Farr 7")),
    ("the form was scanned as DOC_20241122_0931.", ("OTHER_ID", "DOC_20241122_0931")),
    ("(photo ID 4471)", ("PHOTO", "photo ID 4471")),
    ("Avery's Snapchat is avery.b.2009, she said", ("OTHER_ID", "avery.b.2009")),
    ("procedure well.\n\nMARCUS T. ELLINGTON, M.D.\nDD: 03/19/93", ("NAME", "MARCUS T. ELLINGTON")),
    ("DT: 03/20/93\nME/rk", ("NAME", "ME/rk")),
    ("PRIMARY CARE: SCHULTZ, HEIDI, NP", ("NAME", "SCHULTZ, HEIDI")),
    ("Results reviewed with NP Holloway.", ("NAME", "NP Holloway")),
    ("Stuart Kaplan, Esq., of Kaplan & Hirsch LLP wrote", ("ORGANIZATION", "Kaplan & Hirsch LLP")),
    ("Partner en route from Fort Devens.", ("LOCATION", "Fort Devens")),
    ("Works as a bank teller at PeoplesBank now", ("ORGANIZATION", "PeoplesBank")),
    ("The bus station is on Villacher Strasse 89", ("LOCATION", "Villacher Strasse 89")),
    ("> 2224 Trenerys gate 232\n", ("LOCATION", "2224 Trenerys gate 232")),
    ("at Healthpocket Inc in SCHLAGLES, later", ("LOCATION", "Healthpocket Inc in SCHLAGLES")),
    ("Looking to support Slashdb in ARENDAL 4844 in its mission", ("LOCATION", "ARENDAL 4844")),
    ("a letter for his employer, Amazon Robotics, about hours",
     ("ORGANIZATION", "Amazon Robotics")),
    ("her son got into Tufts early decision", ("ORGANIZATION", "Tufts")),
    ("missed his injection on tuesday the 19th and was found", ("DATE", "tuesday the 19th")),
    ("client lives out in plymouth county now", ("LOCATION", "plymouth county")),
    ("following her in a black pickup, mass plate 8ZK 331. she", ("VEHICLE", "8ZK 331")),
    ("fingerprint card no. FBI-77213-K on file", ("BIOMETRIC", "FBI-77213-K")),
    ("P: call (508)5550142 if worse.", ("PHONE", "(508)5550142")),
    ("Referral received 2024/11/19 from the school", ("DATE", "2024/11/19")),
    ("she got married 6-14 and cried", ("DATE", "6-14")),
    ("His public defender Atty. Brooks will call", ("NAME", "Atty. Brooks")),
    ("copay $25 via card ending 4417.", ("ACCOUNT", "4417")),
    ("a barista at Coffee Obsession in Woods Hole.", ("ORGANIZATION",
                                                       "Coffee Obsession in Woods Hole")),
    ("lives with his grandfather (92) on the cape", ("AGE_OVER_89", "92")),
    ("we could meet Friday the 13th instead", ("DATE", "Friday the 13th")),
    ("her shift at the Stop & Shop bakery ends at 2", ("ORGANIZATION", "Stop & Shop")),
    ("works for Johnson & Johnson now", ("ORGANIZATION", "Johnson & Johnson")),
    ("had a stroke on el 5 de diciembre. She", ("DATE", "el 5 de diciembre")),
    ("from the Islamic Center of New England visited", ("LOCATION",
                                                          "Islamic Center of New England")),
    ("FAMILY HISTORY: Mother died at 94 of stroke.", ("AGE_OVER_89", "94")),
    ("Specimens sent to Quest Diagnostics, accession pending", ("ORGANIZATION",
                                                                  "Quest Diagnostics")),
    ("services through VNA of Southeastern Massachusetts. Contact (508) 555-0174.",
     ("ORGANIZATION", "VNA of Southeastern Massachusetts")),
    ("with mother Liesl. Attends Little Sprouts Daycare in Somerset.",
     ("ORGANIZATION", "Little Sprouts Daycare in Somerset")),
    # Hospital shorthand in lower case
    ("presented to osh (morton hospital) w/ cp", ("ORGANIZATION", "morton hospital")),
    ("pcp dr. o'malley at raynham family practice.", ("ORGANIZATION",
                                                      "raynham family practice")),
    ("living in his car on route 44 since", ("LOCATION", "route 44")),
    ("script sent to cvs county st. pt verbalized", ("LOCATION", "cvs county st")),
    ("grad student at brandeis, overdose", ("ORGANIZATION", "brandeis")),
    ("interpreter jose lopes (id 4471) present", ("OTHER_ID", "4471")),
    # Ages said in words, beside a name, or as a birthday
    ("walt is ninety-one, widower", ("AGE_OVER_89", "ninety-one")),
    ("Abuela Carmen (97) died in June", ("AGE_OVER_89", "97")),
    ("Death note: Mr. Cyril Ashworth, 101, pronounced at 03:12", ("AGE_OVER_89", "101")),
    ("her mother's 100th birthday", ("AGE_OVER_89", "100th")),
    ("The last four of her SSN are 4421.", ("SSN", "4421")),
    # Dictation in lower case
    ("next appointment january ninth", ("DATE", "january ninth")),
    ("hit her again on saturday the sixteenth and left", ("DATE", "saturday the sixteenth")),
    ("sober since march of last year", ("DATE", "march of last year")),
    ("she found out on thanksgiving day and cried", ("DATE", "thanksgiving day")),
    ("her landlord at forty two maple avenue is raising the rent",
     ("LOCATION", "forty two maple avenue")),
    ("the police came to their place on union street", ("LOCATION", "union street")),
    ("he starts driving for sysco next week", ("ORGANIZATION", "sysco")),
    ("starting at boston university in the fall", ("LOCATION", "boston university")),
    ("her coworker Anjali at Hasbro made comments", ("ORGANIZATION", "Hasbro")),
    ("call South Coastal Counties Legal Services today",
     ("ORGANIZATION", "South Coastal Counties Legal Services")),
    ("works at his uncle's shop, Royal Auto Body, on weekends",
     ("ORGANIZATION", "Royal Auto Body")),
])
def test_each_kind_is_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "PHQ-9 today 14, GAD-7 12, PCL-5 38.",
    "Diagnosis F33.1 and F10.21; ICD-10 Z63.0.",
    "Sertraline 50 mg, then 100 mg; lithium level 0.8.",
    "She rated it 3/10 and 4/5; SUDS fell from 70 to 30.",
    "She is 47 years old; her father is 89.",
    "Session on Monday; next on Thursday.",
    "Used TIPP, DEAR MAN and the 5-4-3-2-1 grounding skill.",
    "She goes to AA and SMART Recovery; NA on weekends.",
    "Mom called. Dad is supportive.",
    "Discussed Alzheimer's risk and Gottman's four horsemen; Beck Depression Inventory done.",
    "Graves' disease and Bell's palsy history; Wells score low.",
    "In 2019 she started CBT, then DBT, then ACT and EMDR.",
    "Slept 10,000 steps; paid $1,250 for rent.",
    "She scored 14 on PHQ 9, down from 18 on PHQ 9.",
    "O2 sat is 94, HR is 96; she is 47.",
    "Alert, in NAD, seen in ICU; transferred to CCU from ED.",
    "Grief is worse at Christmas and on New Year's Day.",
    "Anxiety came up again; sleep was poor.",
    "Took 2 tablets at 10 and 1 at 22.",
    "Na 138, K 4.1, Cr 0.9, Hgb 12.8, WBC 7.2; elevated LFTs.",
    "CV: NSR 80s-90s, SBP 100-120s. Lopressor held. Tmax 101.2. Vanco/Zosyn started.",
    "Pt remains on CPAP 10/5, FiO2 40%. CHA2DS2-VASc 4.",
    "OB visit, G2P1 at 28w2d. Rhogam today.",
    "Continue Biktarvy. Mepilex applied.",
    "Willingness exercise. He'll apply to the union hall.",
    "Within the first year she felt the second session helped most.",
    "He drives a grey Nissan Altima.",
    "Anesthesia: GETA\nPreop dx: cholecystitis",
    "A 72 year old Japanese-American man; Afebrile; AFib, HbA1c, ABGs.",
    "Wound nurse seen, RN. Photo taken for the wound chart.",
    "She went through the gate 5 times.",
    "She wore a name tag 2 days; the plates are 4 inches wide.",
    "Billing: CPT 90834; on 3-5 L O2; scores in the 6-14 range.",
    "Columbia screen positive for passive ideation; Edinburgh scale 9.",
    "Rutherford score of 4; Wells score rose; Lyme disease ruled out.",
    "Action & Adventure, Comedy; hx of HTN & DM; Mom & Dad came; Q & A.",
    "T 98.6 HR 88 BP 142/86 RR 18; asa 81, atorva 80; f/u 2 wks.",
    "Billed 90837 and 90785 after the 99214 visit.",
    "A lumbar puncture was performed at L3-L4; I reviewed the MRI done at noon.",
    "transferred to the state hospital from her old clinic; iv route 2x daily.",
    "pt txt'd at 2am; Client copay is $25.",
    "Served in Iraq and Afghanistan; parts work with Exiles and Managers; Polyvagal theory.",
])
def test_clinical_language_is_not_an_identifier(text: str) -> None:
    assert found(text) == []


def test_impossible_dates_are_not_dates() -> None:
    assert found("logged 2/30/2023 and 13/45/2020") == [] or all(
        label != "DATE" for label, _ in found("logged 2/30/2023 and 13/45/2020"))


def test_the_validators() -> None:
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")
    assert iban_valid("GB82WEST12345698765432") and not iban_valid("GB82WEST12345698765433")
    assert ssn_plausible("123", "45", "6789")
    assert not ssn_plausible("666", "45", "6789") and not ssn_plausible("900", "12", "3456")
    assert not ssn_plausible("123", "00", "6789") and not ssn_plausible("123", "45", "0000")


def test_an_impossible_ssn_is_still_removed_as_an_id() -> None:
    assert found("number 987-65-4321") == [("OTHER_ID", "987-65-4321")]


def test_private_and_reserved_ip_shapes_are_validated() -> None:
    assert found("version 1.2.3.4 of the app; 999.1.1.1 is not an address") == [
        ("IP", "1.2.3.4")]


def test_a_year_of_birth_implying_ninety_or_more_goes() -> None:
    assert ("DATE", "1921") in found("She was born in 1921 in a farmhouse.")
    assert found("She was born in 1990.") == []


def test_the_zip3_rule_uses_the_census_allowlist() -> None:
    assert safe_harbor_zip3("02719") == "027"
    assert safe_harbor_zip3("03601") == "000"  # 036 held 20,000 people or fewer in 2010
    assert safe_harbor_zip3("20201-1234") == "000"  # 202: no residents
    with pytest.raises(ValueError):
        safe_harbor_zip3("123")


def test_labels_are_the_documented_set() -> None:
    assert {label.value for label in Label} == {
        "NAME", "DATE", "AGE_OVER_89", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
        "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO",
        "LOCATION", "ORGANIZATION", "OTHER_ID"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Seen at Mayo Clinic in Rochester, MN for a second opinion.",
     ("LOCATION", "Mayo Clinic in Rochester, MN")),
    ("She moved here last December.", ("DATE", "last December")),
    ("Her patient ID: ABCD1234 was wrong.", ("OTHER_ID", "patient ID: ABCD1234")),
    ("identified as patient ID: 897-65-4321?", ("SSN", "patient ID: 897-65-4321")),
    ("Exposure at the Walmart on Route 6 went well.", ("LOCATION", "Walmart on Route 6")),
    ("next appt tuesday the 9th.", ("DATE", "tuesday the 9th")),
    ("Follow-up tomorrow, 12/3.", ("DATE", "tomorrow, 12/3")),
    ("his truck, plate MA 4TR-892, was towed", ("VEHICLE", "MA 4TR-892")),
    ("Our office is at\n971 Kesk 53\nSuite 343\nPärnu\nEstonia 10115\n\nThanks",
     ("LOCATION", "971 Kesk 53\nSuite 343\nPärnu\nEstonia 10115")),
])
def test_the_words_of_one_identifier_are_taken_together(text: str,
                                                        expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_a_year_after_a_town_is_not_its_postcode() -> None:
    assert found("lived in Boston 2019 and after") == [("LOCATION", "Boston")]


def test_a_form_is_read_field_by_field() -> None:
    form = ("PT NAME: Delgado, Ramona\nADDRESS: 77 Washburn St\nCITY/STATE/ZIP: New Bedford, MA "
            "02740\nHOME PHONE: 508-555-0193\nEMPLOYER: Acushnet Rubber Co\n"
            "EMERGENCY CONTACT: Luis Delgado (son)")
    values = [value for _, value in found(form)]
    assert "77 Washburn St" in values and "New Bedford, MA 02740" in values
    assert "Acushnet Rubber Co" in values and "508-555-0193" in values
    # The labels of the fields are not part of any identifier.
    assert not any(label in value for value in values
                   for label in ("CITY", "HOME PHONE", "EMPLOYER", "EMERGENCY"))


def test_to_whom_it_may_concern_names_no_one() -> None:
    assert found("To Whom It May Concern:\nPlease excuse her absence.") == []


def test_a_saint_is_a_name_and_a_street_abbreviation_is_not() -> None:
    assert found("lives alone on Rivet St. Her niece checks in.") == [
        ("LOCATION", "Rivet St.")]
    assert ("LOCATION", "St. Rose Hospital") in found("seen at St. Rose Hospital")


@pytest.mark.parametrize(("text", "expected"), [
    ("his phone is six one five five five five zero one nine three",
     ("PHONE", "six one five five five five zero one nine three")),
    ("the social security number she gave is four one two five five one nine zero eight",
     ("SSN", "four one two five five one nine zero eight")),
    ("fax number six one five five five five zero one four four",
     ("FAX", "six one five five five five zero one four four")),
    ("her email is lilyb at example dot com", ("EMAIL", "lilyb at example dot com")),
    ("date of birth june eleventh nineteen eighty eight he lives",
     ("DATE", "june eleventh nineteen eighty eight")),
    ("suspended on the ninth for fighting", ("DATE", "the ninth")),
])
def test_what_speech_to_text_spells_out_is_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "we counted one two three four five together",
    "she was on the ninth floor",
    "two or three times, maybe four",
])
def test_counting_aloud_is_not_an_identifier(text: str) -> None:
    assert found(text) == []


def test_a_line_in_capitals_is_read_by_its_cues() -> None:
    note = ("MR. QUILLAN IS A 71 YO MAN WITH COPD WHO LIVES WITH HIS DAUGHTER NOREEN IN "
            "ST. CLOUD. HE WAS SEEN ON 2/2/89.")
    values = found(note)
    assert ("NAME", "NOREEN") in values and ("LOCATION", "ST. CLOUD") in values
    assert not any("COPD" in value for _, value in values)


@pytest.mark.parametrize(("text", "expected"), [
    ("works nights at the nissan plant now", ("ORGANIZATION", "nissan plant")),
    ("he was stationed at fort campbell", ("LOCATION", "fort campbell")),
    ("got suspended from oakland middle", ("ORGANIZATION", "oakland middle")),
    ("Pharmacy: Walgreens #10293 today", ("ORGANIZATION", "Walgreens #10293")),
    ("he was laid off from Boeing in the spring", ("ORGANIZATION", "Boeing")),
    ("Attends Bemidji State. Lives at home.", ("ORGANIZATION", "Bemidji State")),
    ("shelter number given for Safe Haven of Tulsa.", ("LOCATION", "Safe Haven of Tulsa")),
    ("family requested chaplain; Father Okonjo visited", ("NAME", "Father Okonjo")),
    ("Grandpa Lonnie (ninety) was moved", ("AGE_OVER_89", "ninety")),
    ("her kids are brantley who is seven and harper who is four", ("NAME", "harper")),
    ("it's in the corner of ul. Cicha 86 and Leokadia Trail?",
     ("LOCATION", "the corner of ul. Cicha 86 and Leokadia Trail")),
    ("The bus station is on Peter Zuidhove 188.", ("LOCATION", "Peter Zuidhove 188")),
    ("I once lived in 018 74 Diakou Street\n Suite 692\n Kissousa\n Cyprus 91815. I now",
     ("LOCATION", "018 74 Diakou Street\n Suite 692\n Kissousa\n Cyprus 91815")),
])
def test_places_people_and_workplaces_in_their_less_usual_forms(
        text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "the power plant closed; she built a fort with blankets",
    "june is her middle name",
    "a Mini-Mental State Examination was done",
    "a 62-year-old male with atrial fibrillation",
    "seen at the request of Dr. Sunil Mehra of the Lahey Clinic",
])
def test_ordinary_words_near_those_forms_stay(text: str) -> None:
    values = found(text)
    assert not any(label == "ORGANIZATION" or "of the" in value or value in (
        "middle", "State", "atrial") for label, value in values), values


@pytest.mark.parametrize(("text", "expected"), [
    ("He had a cath in 3/92 which showed 3VD.", ("DATE", "3/92")),
    ("Mammogram 12/89, normal.", ("DATE", "12/89")),
    ("CARDIOLOGY\nGREEN VALLEY HOSPITAL\n\nReason for visit", ("LOCATION",
                                                           "GREEN VALLEY HOSPITAL")),
    ("Union: ILA Local 1413.", ("ORGANIZATION", "ILA Local 1413")),
    ("Retired from the Navy Yard. Reminiscence.", ("ORGANIZATION", "Navy Yard")),
])
def test_how_hospital_records_write_dates_and_letterheads(text: str,
                                                          expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "BP 120/80, rated 3/10, CPAP 5/40.",
    "Seen in Cardiology Clinic today; PSYCHIATRIC CENTER consult requested.",
])
def test_readings_and_hospital_services_are_not_identifiers(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("email her at jdoe [at] example [dot] org", ("EMAIL", "jdoe [at] example [dot] org")),
    ("Client's Venmo is @jenny-r-88 and her cashapp $JennyR88.", ("OTHER_ID", "$JennyR88")),
    ("Client's Venmo is @jenny-r-88 today", ("OTHER_ID", "@jenny-r-88")),
    ("SSN on file ending 4471. Referred", ("SSN", "4471")),
    ("her baby's father marquise keeps showing up", ("NAME", "marquise")),
    ("an engineer at Lockheed in Moorestown.", ("ORGANIZATION", "Lockheed in Moorestown")),
])
def test_disguised_and_partial_identifiers(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "paid $25 and $1,250 for the copay",
    "his father figure keeps him going",
    "the only Latina engineer on the team",
])
def test_money_common_words_and_peoples_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("EDVISIT^87654321^PORTER, HARLAN^08/02/81^RAYMOND, ESTELLE", ("NAME", "PORTER, HARLAN")),
    ("He is a 91 y.o. gentleman.", ("AGE_OVER_89", "91 y.o.")),
    ("Client's husband Raj is a surgeon at Cedars.", ("ORGANIZATION", "Cedars")),
    ("her pcp at family health center of worcester increased the zoloft",
     ("LOCATION", "family health center of worcester")),
])
def test_record_headers_ages_and_workplaces(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_a_list_in_capitals_is_not_a_name() -> None:
    assert found("CT CHEST, ABDOMEN, PELVIS. ALLERGIES: PENICILLIN, SULFA") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("songwriters came from around the world to Port Paien to share", ("LOCATION",
                                                                       "Port Paien")),
    ("I'm in Den Haag, at the conference", ("LOCATION", "Den Haag")),
])
def test_a_town_of_two_words_is_taken_whole(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_a_relative_or_title_before_a_name_is_not_a_town() -> None:
    assert found("sent a card to Aunt Mary and a letter to Dr. Smith") == [
        ("NAME", "Mary"), ("NAME", "Dr. Smith")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jarmila\n\n009 Slovenčeva 51\n Suite 632\n Črni Vrh nad Idrijo\n Slovenia 15755",
     ("LOCATION", "009 Slovenčeva 51\n Suite 632\n Črni Vrh nad Idrijo\n Slovenia 15755")),
    ("the White Stripes' home city KIIKOINEN: a song", ("LOCATION", "KIIKOINEN")),
    ("to the same: the corner of Csabai kapu 39. and Mathias Pass",
     ("LOCATION", "the corner of Csabai kapu 39. and Mathias Pass")),
])
def test_towns_inside_addresses_and_after_city(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_a_language_is_not_the_town_of_the_same_name() -> None:
    assert found("studying English and journalism") == []
    assert ("LOCATION", "Miami office") in found("treated at our Miami office")


def test_one_unknown_word_after_at_is_a_workplace_and_a_known_word_is_not() -> None:
    assert ("ORGANIZATION", "Cedars") in found("Her husband is a surgeon at Cedars.")
    assert found("She is at Peace with it, and back from Vacation.") == []


def test_a_user_name_in_a_signature_line_goes_and_a_word_stays() -> None:
    assert ("NAME", "ddwyer") in found("Electronically signed by ddwyer on 2134-05-12")
    assert found("it was signed by mistake and entered by hand") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Looking to support Factset in Bjert 6091 in its mission", ("LOCATION", "Bjert 6091")),
    ("When: 1992-11-12\nWhere: Unionville (Orange) Country Club.",
     ("LOCATION", "Unionville (Orange)")),
    ("ZIP: 7412 SL", ("LOCATION", "7412 SL")),
    ("Lantos\n>76556 29 Rue de Tanger\n>Suite 399", ("LOCATION",
                                                   "76556 29 Rue de Tanger\n>Suite 399")),
    ("The title refers to C/ Señores Curas 88 street", ("LOCATION", "C/ Señores Curas 88")),
    ("I talked just like this!\nJohn: You saved my life!", ("NAME", "John")),
    ("my great great grandmother was called Giovanna Rodrigues MD",
     ("NAME", "Giovanna Rodrigues MD")),
])
def test_international_addresses_speakers_and_degrees(text: str,
                                                      expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_headings_before_a_colon_are_not_speakers() -> None:
    assert found("Plan: continue CBT\nNote: none\nMom: she is ok\nMay: 3 visits") == []


@pytest.mark.parametrize(("text", "town"), [
    ("Przemek Kucharski\n\nALFRICK United Kingdom", "ALFRICK"),
    ("Suite 824 ??? ANKARSRUM ??? Sweden 67626", "ANKARSRUM"),
])
def test_a_town_in_capitals_before_its_country(text: str, town: str) -> None:
    assert ("LOCATION", town) in found(text)


def test_an_acronym_before_a_country_is_not_a_town() -> None:
    assert not any(value == "PTSD" for _, value in found("PTSD Canada study results"))


@pytest.mark.parametrize(("text", "expected"), [
    ("to the same: 2613 avenida praia 1 suite 463, mohács, hungary 24743",
     ("LOCATION", "2613 avenida praia 1 suite 463, mohács, hungary 24743")),
    ("Rizzo\n>770 26 rue des lieutemants Thomazo\n>Apt. 735",
     ("LOCATION", "770 26 rue des lieutemants Thomazo\n>Apt. 735")),
    ("she lives at 45 maple ave in dartmouth", ("LOCATION", "45 maple ave")),
    ("User: 6108 Friedhofstrasse 33 Suite 979 BIBER Upper Austria?",
     ("LOCATION", "6108 Friedhofstrasse 33 Suite 979 BIBER Upper Austria")),
])
def test_addresses_in_lower_case_and_with_regions(text: str,
                                                  expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "took 2 tabs daily for 3 days",
    "walked 2 miles to the street fair",
])
def test_doses_and_distances_are_not_addresses(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "initials"), [
    ("He is followed at BMC for his HIV.", "BMC"),
    ("Seen at EH ED with chest pain.", "EH"),
    ("Transferred to SICU after the procedure at LGH.", "LGH"),
])
def test_a_hospital_named_by_its_initials_where_care_happens(text: str, initials: str) -> None:
    assert ("LOCATION", initials) in found(text)


def test_units_and_programmes_written_as_initials_stay() -> None:
    assert found("Admitted to MICU, then to the CCU; later to IOP and the OR.") == []


def test_a_second_scan_of_the_same_text_is_remembered_by_digest_not_by_text() -> None:
    from sealnote.boundary import detect as detection

    text = "Session with Marisol Ybarra at 14 Ocean Ave; call 508-555-0199."
    first = detect(text)
    first.append(first[0])  # a caller changing its list changes nothing remembered
    second = detect(text)
    assert second == detect(text, recognizers=detection._recognizers())
    assert len(second) == len(first) - 1
    assert all(isinstance(key, bytes) and len(key) == 20 for key in detection._recent)
    assert len(detection._recent) <= detection.RECENT_SCANS


@pytest.mark.parametrize(("text", "expected"), [
    ("Neuropsych testing Oct 5-6, 2026.", ("DATE", "Oct 5-6, 2026")),
    ("He relapsed on fentanyl Thanksgiving weekend.", ("DATE", "Thanksgiving weekend")),
    ("Brought by Cicero FD ambulance.", ("ORGANIZATION", "Cicero FD")),
    ("NOPD case K-11457-26 opened.", ("ORGANIZATION", "NOPD")),
    ("Now on Suboxone via Riverbend Recovery.", ("ORGANIZATION", "Riverbend Recovery")),
    ("Sterling is 32 and works in IT at Epic.", ("ORGANIZATION", "Epic")),
    ("she is a flight attendant for jetblue based out of boston", ("ORGANIZATION", "jetblue")),
    ("he is a sophomore at central connecticut state",
     ("ORGANIZATION", "central connecticut state")),
    ("she went into labour in the nicu at yale new haven", ("LOCATION", "yale new haven")),
    ("she works on route forty four", ("LOCATION", "route forty four")),
    ("she lives on route one.", ("LOCATION", "route one")),
    ("workers comp claim w c two four dash eight eight one six",
     ("OTHER_ID", "w c two four dash eight eight one six")),
    ("Lives alone at 77 Quarry Lane, Barre. Neighbor checks daily.",
     ("LOCATION", "77 Quarry Lane, Barre")),
    ("Seen at 300 Pearl Street, Suite 210, Boulder.",
     ("LOCATION", "300 Pearl Street, Suite 210, Boulder")),
])
def test_forms_first_met_in_the_winter_held_out_sets(text: str,
                                                    expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Worse on Christmas Eve, she says.",
    "COPD and OCPD noted; ASPD ruled out.",
    "Interrogated the Medtronic ICD; Neuropsych and Peds notes reviewed.",
    "rated a five five on the scale",
    "the boulder fell on the road",
])
def test_what_those_forms_leave_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("she works at the stop and shop in somerset on second shift",
     ("ORGANIZATION", "stop and shop")),
    # a chain with its town, after a job, is the client's workplace
    ("his cousin got him the job at the costco in daly city",
     ("ORGANIZATION", "costco")),
    ("he was living in his car in the walmart lot on route 44",
     ("LOCATION", "walmart lot")),
    ("Problem-solving; tenant rights referral to Bay Legal.", ("ORGANIZATION", "Bay Legal")),
    ("Address on file. Insurance: Mercy Care ID MC4410029381.",
     ("ORGANIZATION", "Mercy Care ID MC4410029381")),
])
def test_businesses_named_beside_their_place_and_referrals(text: str,
                                                          expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(("text", "place"), [
    ("her dad still uses it at family dinners in somerset.", "somerset"),
    ("they met at the park on route 6", "route 6"),
])
def test_a_gathering_or_a_kind_of_place_before_a_town_is_not_a_business(text: str,
                                                                       place: str) -> None:
    assert found(text) == [("LOCATION", place)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Her sister moved back from Quebec City last week.", ("LOCATION", "Quebec City")),
    ("He was driving the van for Sunrise Linen Supply.",
     ("ORGANIZATION", "Sunrise Linen Supply")),
    ("she was assaulted at a party at Bard in March", ("ORGANIZATION", "Bard")),
    ("Discharged to Fall River Jewish Home for rehab.",
     ("ORGANIZATION", "Fall River Jewish Home")),
    ("Homeless since September. Referred to Steppingstone.", ("ORGANIZATION", "Steppingstone")),
    ("Gave RAINN info and Family Services of Dutchess County number.",
     ("ORGANIZATION", "Family Services of Dutchess County")),
    ("refill sent to CVS #2219 on Ashley Blvd. Prescriber DEA BW4417823.",
     ("LICENSE", "BW4417823")),
    ("Lives with niece Samira at 88 Bedford St, Apt 2R. Capacity eval requested.",
     ("LOCATION", "88 Bedford St, Apt 2R")),
])
def test_forms_first_met_in_the_december_held_out_sets(text: str,
                                                      expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Nursing 1900-0700: resting, VSS.",
    "71 y/o F admitted with CHF exacerbation.",
    "PT eval: ambulates 150 ft w/ RW. Home: 2-story, 12 steps.",
    "Disposition: Discharged Home with VNA.",
    "She is back from Vacation and at Home with the kids.",
    "Referred to Birth to Three for speech.",
])
def test_shift_hours_diagnoses_and_plain_words_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Message left by Officer Daniels of Brockton PD, case 26-114082.",
     ("ORGANIZATION", "Brockton PD")),
    ("Called New Bedford PD about the break-in.", ("ORGANIZATION", "New Bedford PD")),
    ("Records request from Liberty Mutual for the claimant.", ("ORGANIZATION", "Liberty Mutual")),
    ("Collateral call with Pastor Whitaker of Greater Love Tabernacle.",
     ("ORGANIZATION", "Greater Love Tabernacle")),
    ("Pastor Greg Mello of Calvary Chapel asked for an update.", ("NAME", "Pastor Greg Mello")),
    ("it's Bobby from the Elks lodge, he's okay", ("ORGANIZATION", "Elks lodge")),
    ("Mr. Halvorsen, retired MBTA bus driver, 74, grieving his wife.", ("ORGANIZATION", "MBTA")),
    ("Mr. Villanueva's card on file ending 4417 was declined.", ("ACCOUNT", "4417")),
    ("my mother Opal is 94 now and moved into assisted living.", ("AGE_OVER_89", "94")),
    ("he wants to see his dad more, who lives in fall river.", ("LOCATION", "fall river")),
    ("running late, parking at the Shaw's on Main St. -Summer", ("NAME", "Summer")),
    ("Chance (16, he/him) came with his grandmother.", ("NAME", "Chance")),
    ("Caspian is a line worker at the plant (night shift).", ("NAME", "Caspian")),
    ("John Smith was seen in the ED overnight.", ("NAME", "John Smith")),
    ("Landlord refuses to fix the heat. Referred to Legal Aid.", ("ORGANIZATION", "Legal Aid")),
    ("Caregiver stress; respite through Area Agency on Aging.",
     ("ORGANIZATION", "Area Agency on Aging")),
    ("EMPLOYER: self-employed (hair salon, Shear Magic, Kempton St)",
     ("ORGANIZATION", "Shear Magic")),
    ("ordered by the judge, bristol probate and family court, in may",
     ("ORGANIZATION", "bristol probate and family court")),
    ("shelter list given, housing assistance corp referral.",
     ("ORGANIZATION", "housing assistance corp")),
    ("Detoxed at AdCare Hospital (Jan 2024).", ("LOCATION", "AdCare Hospital")),
    ("Served in Iraq. VA file C-29 448 113. Wife at home.", ("OTHER_ID", "C-29 448 113")),
    ("she is failing math at chicopee comprehensive", ("LOCATION", "chicopee comprehensive")),
    ("his lawyer is attorney delgado", ("NAME", "attorney delgado")),
    ("frank is a retired springfield firefighter", ("NAME", "frank")),
    ("frank is a retired springfield firefighter", ("ORGANIZATION", "springfield")),
    ("texted me from a new account lily dot moon two two on snapchat",
     ("OTHER_ID", "lily dot moon two two")),
    ("attends AA at St. Stanislaus Tuesday nights", ("LOCATION", "St. Stanislaus")),
    ("RIVERBEND COUNSELING ASSOCIATES\n1180 Boston Post Road",
     ("ORGANIZATION", "RIVERBEND COUNSELING ASSOCIATES")),
    ("Referral source: Judge Hennessey. Docket: NNH-CR25-0284417",
     ("OTHER_ID", "NNH-CR25-0284417")),
    ("employee ID E-0448213, Stop & Shop distribution center, Windsor Locks.",
     ("ORGANIZATION", "Stop & Shop distribution center")),
    ("cc: Dr. Bianca Morrow, Griffin Hospital, Derby.", ("LOCATION", "Griffin Hospital, Derby")),
])
def test_forms_first_met_in_the_practice_message_sets(text: str,
                                                      expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "She works as an ICU nurse and her husband is a Lyft driver.",
    "Borderline PD traits; hx of PD on carbidopa.",
    "Love you, see you soon. -Mom",
    "Please call us back. - Front Desk",
    "BP is 94 now after fluids.",
    "In the long run she wants to stay home.",
    "Discharged Home.",
    "Client is a nurse; Mom is a teacher.",
    "Will Power\nThe client practised urge surfing.",
    "she went to the store, Mom said, and came back on Friday.",
    "she has family court next week and housing court after.",
    "She wore a polka dot dress; he is a long-haul driver and she is a night nurse.",
    "He served with the 1st Battalion.",
    "Uses EpiPen as needed.",
    "PHQ-9 12, GAD-7 9; COVID-19 test negative at the follow-up visit.",
    "She won the Derby in a hat.",
])
def test_jobs_diagnoses_and_sign_offs_that_name_no_one_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Seen Tues 3/4 for follow up.", ("DATE", "Tues 3/4")),
    ("Inpatient between 3/14-3/21 at the unit.", ("DATE", "3/14-3/21")),
    ("Away 3/14-16 for a funeral.", ("DATE", "3/14-16")),
    ("Next appt Mar-14.", ("DATE", "Mar-14")),
    ("CARDIOLOGY CONSULT 12-Mar-2024", ("DATE", "12-Mar-2024")),
    ("Seen on christmas eve in the ED.", ("DATE", "christmas eve")),
])
def test_date_forms_a_probe_of_formats_found_missing(text: str,
                                                     expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Pain went from 4/10-6/10 over the week.",
    "She took 3/4 of the dose.",
    "CPAP 10/5 tolerated.",
])
def test_scores_fractions_and_settings_are_not_dates(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("She lives in Framingham.", "Framingham"),
    ("she lives in canton with her aunt", "canton"),
    ("her mom in fall river is sick", "fall river"),
    ("client from reading, ma.", "reading"),
    ("she is staying at her mom's in broken arrow.", "broken arrow"),
])
def test_towns_that_are_words_where_a_town_is_expected(text: str, place: str) -> None:
    assert ("LOCATION", place) in found(text)


@pytest.mark.parametrize("text", [
    "Family history of Huntington's disease and Addison's disease.",
    "Studied in the Framingham Heart Study.",
    "She lives in fear and grew up in foster care; reading helps.",
])
def test_eponyms_and_plain_words_after_in_are_not_towns(text: str) -> None:
    assert [label for label, _ in found(text)] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("She works at FedEx as a cashier.", ("ORGANIZATION", "FedEx")),
    ("stress at work (Market Basket)", ("ORGANIZATION", "Market Basket")),
    ("EMPLOYER: Stop & Shop", ("ORGANIZATION", "Stop & Shop")),
    ("employer: market basket", ("ORGANIZATION", "market basket")),
    ("works at market basket as a cashier", ("ORGANIZATION", "market basket")),
    ("her husband was laid off from general dynamics", ("ORGANIZATION", "general dynamics")),
    ("works nights at home depot", ("ORGANIZATION", "home depot")),
    ("she works at staples as a cashier", ("ORGANIZATION", "staples")),
    ("her husband was laid off from fidelity.", ("ORGANIZATION", "fidelity")),
    ("INSURANCE: Tufts Health Plan  POLICY #: THP7730192", ("ORGANIZATION", "Tufts Health Plan")),
])
def test_employers_in_a_probe_of_fifty_in_eight_frames(text: str,
                                                      expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("welfare check requested from lowell pd for him", ("ORGANIZATION", "lowell pd")),
    ("she is staying at casa myrna shelter since", ("ORGANIZATION", "casa myrna shelter")),
    ("He drives a gray Altima, plate MA 7JK 214.", ("VEHICLE", "MA 7JK 214")),
    ("the thought record about her boss at peoples bank", ("ORGANIZATION", "peoples bank")),
])
def test_forms_first_met_in_the_crisis_set(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "she works at home most days; laid off from work last year",
    "stress at work (remote) and job (part time)",
    "works for herself now and works at being present with the kids",
    "job at least part time; works for family business since",
    "EMPLOYER: none",
    "volunteers at food bank; gave blood at blood bank",
    "works for cash and tips; laid off from construction; works at random",
    "she would get fired at ninety percent sure",
])
def test_what_follows_a_job_that_is_no_employer(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("her son attends umass amherst now", ("ORGANIZATION", "umass amherst")),
    ("he was suspended from whaling city junior.", ("ORGANIZATION", "whaling city junior")),
    ("He was suspended from Normandin Middle.", ("ORGANIZATION", "Normandin Middle")),
    ("She is a sophomore at Brown.", ("ORGANIZATION", "Brown")),
    ("admitted to butler hospital last week", ("ORGANIZATION", "butler hospital")),
    ("discharged from charlton memorial yesterday", ("ORGANIZATION", "charlton memorial")),
    ("he was admitted to gosnold last week", ("ORGANIZATION", "gosnold")),
    ("discharged from AdCare yesterday", ("ORGANIZATION", "AdCare")),
    ("discharged from Steppingstone yesterday", ("ORGANIZATION", "Steppingstone")),
    ("IOP at Southcoast Behavioral three days a week",
     ("LOCATION", "Southcoast Behavioral")),
    ("he was admitted to st. luke's last week", ("LOCATION", "st. luke's")),
    ("referred to fairhaven family health for detox",
     ("ORGANIZATION", "fairhaven family health")),
])
def test_schools_and_care_facilities_in_lower_case_and_camel_case(
        text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "she goes to bed at 2 am and goes to church on sundays",
    "attends aa meetings daily; goes to work and comes home",
    "admitted to the state hospital, then sent to psychiatric hospital",
    "went to children's hospital; transferred to county hospital",
    "admitted to psych last night and referred to dbt",
    "goes to high school, then community college; enrolled in nursing school",
    "admitted to Medicine overnight, transferred to Psychiatry, discharged from Rehab",
    "referred to Counseling; needs behavioral health follow up; on family medical leave",
])
def test_kinds_of_school_and_hospital_are_not_names(text: str) -> None:
    assert found(text) == []


def test_a_kind_word_after_a_sentence_end_names_nothing_before_it() -> None:
    assert found("Works at Raytheon. Behavioral activation.") == [("ORGANIZATION", "Raytheon")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Her husband works offshore for Vineyard Wind and is away.",
     ("ORGANIZATION", "Vineyard Wind")),
    ("referred to greater boston legal services",
     ("ORGANIZATION", "greater boston legal services")),
    ("She has not been back to the Wharf Tavern since.", ("ORGANIZATION", "Wharf Tavern")),
    ("her ex was released from prison last Tuesday.", ("DATE", "last Tuesday")),
    ("Will reschedule for next Thursday.", ("DATE", "next Thursday")),
])
def test_forms_first_met_in_the_last_held_out_set(text: str,
                                                  expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_a_weekday_alone_or_in_a_church_calendar_is_not_a_date() -> None:
    assert found("Group meets on Tuesday; fasting from the last Sunday before Lent.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("mail goes to 8 elm ct", ("LOCATION", "8 elm ct")),
    ("the apartment at 12-14 Grove St has mold", ("LOCATION", "12-14 Grove St")),
    ("mail goes to 100 n. main st", ("LOCATION", "100 n. main st")),
    ("moved to Rt. 18 last month", ("LOCATION", "Rt. 18")),
    ("the apartment at 55 Main St., 2nd floor has mold", ("LOCATION", "55 Main St., 2nd floor")),
    ("Pt is 93 and lives alone.", ("AGE_OVER_89", "93")),
    ("her dad, 93, fell", ("AGE_OVER_89", "93")),
])
def test_addresses_and_ages_a_probe_found_missing(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_a_scan_is_not_a_street() -> None:
    assert found("Had 2 head ct and 1 chest ct this year.") == []


@pytest.mark.parametrize("text", [
    "She is Jewish and keeps kosher; observes Shabbat.",
    "Client is a Marine Corps veteran; applied for SSDI and SNAP.",
    "Client speaks Tagalog, Thai, German and Navajo at home.",
    "Client was born in Cabo Verde and moved from the Czech Republic.",
    "Client will use the Headspace app.",
])
def test_faiths_languages_programs_and_countries_of_several_words_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("her email is j dot smith two at yahoo dot com",
     ("EMAIL", "j dot smith two at yahoo dot com")),
    ("his date of birth is four twelve nineteen ninety", ("DATE", "four twelve nineteen ninety")),
    ("d o b is oh four twelve ninety", ("DATE", "oh four twelve ninety")),
    ("lives at one twenty three elm street apartment four",
     ("LOCATION", "one twenty three elm street apartment four")),
])
def test_identifiers_said_aloud(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


class _WordsCued(Recognizer):
    """A pattern that would match anywhere, run only where one of its cue's words occurs."""

    label = Label.OTHER_ID
    patterns = (re.compile(r"\d{3}"),)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {patterns[0]: ("claim", "docket")}


def test_a_pattern_cued_by_words_runs_only_where_one_of_them_is_written() -> None:
    recognizer = _WordsCued()
    assert [s.label for s in recognizer.find("Room 101, bed 202")] == []
    assert len(list(recognizer.find("CLAIM 101 filed"))) == 1  # cue words match any case


def test_cue_words_added_from_many_threads_at_once_are_all_kept() -> None:
    cue_words = _CueWords()
    batches = [[f"cue{batch}x{n}" for n in range(50)] for batch in range(16)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(cue_words.add, batches))
    text = " ".join(word for batch in batches for word in batch)
    assert cue_words.found_in(text) == {word for batch in batches for word in batch}


def test_cue_words_of_a_recognizer_first_used_late_are_heard_in_a_text_already_read() -> None:
    text = "Squawk 101: works at the mill in Fall River"
    detect(text)  # every built-in recognizer has read this text, with the cue words it knew

    class _LateCued(Recognizer):
        label = Label.OTHER_ID
        patterns = (re.compile(r"\d{3}"),)
        cues: ClassVar[dict[re.Pattern[str], Cue]] = {patterns[0]: ("squawk",)}

    assert [text[s.start:s.end] for s in _LateCued().find(text)] == ["101"]


@pytest.mark.parametrize(("text", "expected"), [
    ("her boss at bristol county savings bank made a comment",
     ("ORGANIZATION", "bristol county savings bank")),
    ("his wife died at hope hospice on monday", ("ORGANIZATION", "hope hospice")),
    ("My phone is the same. Thank you! -D", ("NAME", "D")),
    ("Ms. Villanueva-Park is 91; her daughter is her proxy.", ("AGE_OVER_89", "91")),
])
def test_forms_first_met_in_the_end_of_session_set(text: str,
                                                   expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("he was suspended from brown.", ("ORGANIZATION", "brown")),
    ("a sophomore at tufts", ("ORGANIZATION", "tufts")),
    ("referred to hawthorn medical for detox", ("ORGANIZATION", "hawthorn medical")),
])
def test_a_school_or_practice_that_is_a_word_where_only_one_is_named(
        text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_suspended_from_practice_or_graduated_from_rehab_names_no_school() -> None:
    assert found("he was suspended from practice, then graduated from rehab") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("He missed two shifts at Nissan in Canton.", "Nissan in Canton"),
    ("he works at walmart in joplin as a stocker", "walmart"),
    ("He worked 20 years for Union Pacific.", "Union Pacific"),
    ("Admit to HaysMed 4 North.", "HaysMed"),
    ("Seen at BronxCare, then ChristianaCare.", "ChristianaCare"),
    ("She has attended Seaside Counseling since spring.", "Seaside Counseling"),
    ("Records go to Lakeside Family Therapy.", "Lakeside Family Therapy"),
    ("He is a medic with Denver Health Paramedics.", "Denver Health Paramedics"),
    ("hearing at the scott county courthouse", "scott county courthouse"),
    ("he got jumped after the game at north side high.", "north side high"),
    ("he is at his daughter's through new year's.", "new year's"),
])
def test_forms_first_met_in_the_practices_across_the_country(text: str, expected: str) -> None:
    assert expected in [value for _, value in found(text)]


@pytest.mark.parametrize("text", [
    "she works at walmart in the evenings",  # a chain alone names no one's workplace
    "Sent a MyChart message; she uses WiFi at home and watches YouTube.",
    "Uses EpiPen as needed. MedRec done.",
    "Structural Family Therapy and Cognitive Processing Therapy were discussed.",
    "We used Emotionally Focused Therapy; Dialectical Behavior Therapy skills continue.",
    "Referred to Physical Therapy; Speech Therapy at school.",
    "She made a new year's resolution to walk daily.",
])
def test_kinds_of_therapy_everyday_apps_and_lone_chains_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("scared about money since the layoff at boeing in everett", "boeing"),
    ("her ex showed up at the dollar general where she works", "dollar general"),
    ("her pastor at greater mount zion told her divorce is a sin", "greater mount zion"),
    ("back to meetings at the alano club on tuesdays", "alano club"),
    ("behind on rent at the lakeview apartments", "lakeview apartments"),
    ("he's a lineman for xcel energy", "xcel energy"),
    ("grandpa passed on sunday at baptist health", "baptist health"),
    ("member id LAH seven seven four two nine one", "LAH seven seven four two nine one"),
])
def test_forms_first_met_in_the_spoken_notes_across_the_country(text: str,
                                                                expected: str) -> None:
    assert any(expected in value for _, value in found(text))


@pytest.mark.parametrize("text", [
    "she goes to book club and works on her mental health with more energy",
    "she has nervous energy; in poor health; moved to the new apartments",
    "her manager at the store said no; he was at the house where she works",
    "PHQ nine is eighteen and GAD seven is twelve",
])
def test_plain_words_before_a_kind_of_place_stay_in_dictation(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("DV advocate from Women's Center to call her.", "Women's Center"),
    ("Hanne from Can Capital is the keynote speaker", "Can Capital"),
])
def test_a_firm_of_capitalised_words_after_from(text: str, expected: str) -> None:
    assert expected in [value for _, value in found(text)]


def test_a_country_after_from_stays() -> None:
    assert found("She moved here from New Zealand") == []


@pytest.mark.parametrize(("text", "town"), [
    ("the apartment in little compton flooded", "little compton"),
    ("her house in warren sold last month", "warren"),
    ("her mom in canton is sick", "canton"),
    ("She grew up in Little Compton.", "Little Compton"),
])
def test_towns_the_postal_service_knows_and_homes_in_a_town(text: str, town: str) -> None:
    assert ("LOCATION", town) in found(text)


@pytest.mark.parametrize("text", [
    "Forklift injury to left hand; a history of Wilson's disease and Barrett's esophagus.",
    "I will be travelling to Canada next week.",
])
def test_small_towns_named_by_words_and_eponyms_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("employer: fidelity", "fidelity"),
    ("employer: ocean state job lot", "ocean state job lot"),
    ("he started at market basket in june.", "market basket"),
    ("he started at verizon in june.", "verizon"),
    ("iep meeting at alma del mar on thursday", "alma del mar"),
])
def test_employers_and_schools_the_probes_found_missing(text: str, expected: str) -> None:
    assert expected in [value for _, value in found(text)]


@pytest.mark.parametrize("text", [
    "employer: none currently",
    "employer: stay at home mom",
    "he started at baseline and rose; she started at the top of the list.",
    "her therapist at school left; her counselor at home called.",
])
def test_no_employer_and_plain_starts_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Son called from Tacoma at noon.", [("LOCATION", "Tacoma")]),  # the relative is unnamed
    ("Plan: refer to Center for Victims of Torture.",
     [("LOCATION", "Center for Victims of Torture")]),  # a care centre, as hospitals are
    ("Counselor confirmed last dose 11/21 by phone.", [("DATE", "11/21")]),
])
def test_forms_first_met_in_the_hospital_and_clinic_records(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "He drives a Toyota Tacoma to work.",
    "Take dose 1/2 tab; ratio 3/4.",
])
def test_a_truck_named_for_a_town_and_a_dose_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("legal name Lawrence E. Tolliver III. Drives for Werner Enterprises.",
     [("NAME", "Lawrence E. Tolliver III"), ("ORGANIZATION", "Werner Enterprises")]),
    ("Hanne spoke for Rapid Cycle Solutions.",
     [("NAME", "Hanne"), ("ORGANIZATION", "Rapid Cycle Solutions")]),
])
def test_firms_named_by_their_kind_of_business(text: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_systems_of_care_name_no_firm() -> None:
    assert found("Systems of care were reviewed; Internal Family Systems work continues.") == []


def test_a_fax_covers_to_and_from_are_not_part_of_the_practices_names() -> None:
    text = ("Fax cover: To Carolina Behavioral Care (919-555-0147) From Piedmont Counseling "
            "Associates")
    assert [v for _, v in found(text)] == ["Carolina Behavioral Care", "919-555-0147",
                                           "Piedmont Counseling Associates"]


@pytest.mark.parametrize(("text", "expected"), [
    ("a note for Kayla Brennan, that's K-A-Y-L-A.",
     [("NAME", "Kayla Brennan"), ("NAME", "K-A-Y-L-A")]),
    ("Archie Fontaine, M-R-N 88 31 04 72.", [("NAME", "Archie Fontaine"),
                                            ("OTHER_ID", "88 31 04 72")]),
    ("Her husband is, um, ninety-one, sorry, ninety-two as of last week.",
     [("AGE_OVER_89", "ninety-one"), ("AGE_OVER_89", "ninety-two")]),
    ("He lost his job at the Dearborn Truck Plant.", [("ORGANIZATION", "Dearborn Truck Plant")]),
])
def test_forms_first_met_in_the_scribed_dictations(text: str,
                                                   expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_spelled_labels_and_diagnoses_stay() -> None:
    assert found("PTSD, spelled P-T-S-D; C-B-T weekly.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("grad student @ UIUC. next lab draw @ Quest on Elm Ridge Rd.",
     ["UIUC", "Quest on Elm Ridge Rd."]),
    ("pt Bogdan, 70M, Romanian. lives alone Sunnyside, Queens.",
     ["Bogdan", "Sunnyside, Queens"]),
])
def test_forms_first_met_in_the_med_management_shorthand(text: str,
                                                          expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_an_at_sign_that_is_no_workplace_stays() -> None:
    assert found("email me @ home; seen @ 3pm; follow up @ next visit.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("she's been drinking at the rusty nail after work most nights.", ["rusty nail"]),
    ("marcus volunteers at second harvest on saturdays", ["marcus", "second harvest"]),
    ("he delivers for schwan's out of marshall", ["schwan's", "marshall"]),
    ("works at her aunt's salon, shear elegance, in hattiesburg.",
     ["shear elegance", "hattiesburg"]),
    ("earl now lives at prairie view care center", ["prairie view care center"]),
    ("wade got laid off from cummins in columbus", ["wade", "cummins", "columbus"]),
    ("rose and mark argued again.", ["rose", "mark"]),
    ("legend (9) and royal (7). legend hit royal with a bat.",
     ["legend", "royal", "legend", "royal"]),
    ("nova age 11 disclosed it to her mom", ["nova"]),
])
def test_forms_first_met_in_the_lower_case_town_life(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize("text", [
    "she's been drinking at the party after the game; drinking at the same place.",
    "at the gym, mostly, she walks; the store, which is open, closes at nine.",
    "salt and pepper were on the table.",
])
def test_plain_words_at_parties_and_pairs_of_things_stay(text: str) -> None:
    assert found(text) == []


def test_a_place_no_dictionary_has_after_on() -> None:
    assert found("she cleans rooms on mackinac island in the summer; she is on lexapro") == [
        ("LOCATION", "mackinac island")]


@pytest.mark.parametrize(("text", "expected"), [
    ("her daughter got accepted to ut austin. mixed feelings", ["ut austin"]),
    ("hank is eighty two and still drives.", ["hank"]),
    ("her brother was shot outside the station on mlk boulevard on halloween.",
     ["mlk boulevard", "halloween"]),
    ("texts from a woman at his gym, anytime fitness. rupture and repair", ["anytime fitness"]),
    ("works construction on the i-5 project", ["i-5"]),
    ("he's failing two classes at montana state.", ["montana state"]),
    ("Education: St. Cloud State (BA, 2011).", ["St. Cloud State"]),
    ("fostering a baby through bethany christian services.", ["bethany christian services"]),
    ("he was let go from frito lay in topeka", ["frito lay", "topeka"]),
])
def test_forms_first_met_in_the_second_spoken_round(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize("text", [
    "the total is forty five.",
    "she lives near the state line and drove to the state police barracks",
])
def test_numbers_and_the_state_in_lower_case_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Records reviewed: Children's Mercy ED visit.", ["Children's Mercy"]),
    ("Former deckhand with Kirby Inland Marine.", ["Kirby Inland Marine"]),
])
def test_forms_first_met_in_the_evaluations(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_childrens_services_and_days_stay() -> None:
    assert found("Children's Services called on Children's Day.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("his car was towed from the Costco lot in Tigard.", ["Costco lot in Tigard"]),
    ("the employer is Lowe's in Mooresville, not Home Depot.",
     ["Lowe's in Mooresville", "Home Depot"]),
    ("Location: Westside Counseling Collective, Room 2", ["Westside Counseling Collective"]),
])
def test_forms_first_met_in_the_structured_progress_notes(text: str,
                                                          expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_a_business_named_before_its_kind_in_lower_case() -> None:
    assert ("ORGANIZATION", "Seoul Garden") in found(
        "She runs Seoul Garden restaurant on Buford Hwy.")


def test_a_peoples_restaurant_a_sentences_first_word_and_a_day_stay() -> None:
    assert found("They went to a Korean restaurant. Coffee shop visits helped. Sunday church "
                 "is hard.") == []


def test_a_veterans_post_by_its_number() -> None:
    assert [v for _, v in found("He drinks at the VFW Post 1138; Post 9/11 era.")] == [
        "VFW Post 1138", "9/11"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Grandma (Violet Hensley, 93) lives with them.", ["Violet Hensley", "93"]),
    ("closed down the blue moon tavern in wallace", ["blue moon tavern", "wallace"]),
    ("works the line at tillamook creamery", ["tillamook creamery"]),
    ("she texted from the Motel 6 on 82nd Ave last night", ["Motel 6 on 82nd Ave"]),
    ("a software tester at Intuit, she says", ["Intuit"]),
])
def test_forms_first_met_in_the_last_set_of_the_stop(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize("text", [
    "we went to the local bakery; she stopped at the corner tavern; the other bank called.",
    "she needs a letter for FEMA; she met her mother at Starbucks.",
])
def test_which_bakery_and_whose_letter_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("note for sunny okafor he says the panic attacks started", ["sunny okafor"]),
    ("okay new client ezekiel bowman date of birth march third", ["ezekiel bowman",
                                                                  "march third"]),
    ("dictation marcus bell he said the sheriff came", ["marcus bell"]),
    ("this is maria elenas note she came in late", ["maria elenas"]),
    ("note for river nineteen uses they them", ["river"]),
])
def test_the_client_named_as_a_dictation_opens(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize("text", [
    "note for today: she was calm",
    "session note for the group",
    "this is my note for the week",
])
def test_a_dictation_that_names_no_one_as_it_opens(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("her pastor at new hope baptist told her to stay", ["new hope baptist"]),
    ("he is in pontiac correctional for another six years", ["pontiac correctional"]),
    ("a hearing at the lake county juvenile center", ["lake county juvenile center"]),
    ("her husband goes to golden years adult day three days a week",
     ["golden years adult day"]),
    ("his wife passed at st lukes last spring", ["st lukes"]),
    ("her grandpa is in hospice at heartland and she visits", ["heartland"]),
    ("money for daycare at little sprouts", ["little sprouts"]),
    ("got suspended from central catholic for fighting", ["central catholic"]),
])
def test_institutions_dictated_in_plain_words(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize("text", [
    "she was raised southern baptist and goes to a baptist church",
    "he spent a year in the county juvenile center",
    "she is in an outpatient day program; mom is in rehab at this time",
    "they stayed at a cheap inn on the way",
])
def test_kinds_of_church_prison_and_program_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("his plate was k t r four four nine and", [("VEHICLE", "k t r four four nine")]),
    ("next session the fourteenth at four", [("DATE", "the fourteenth")]),
    ("the sheriff came out on county road twelve", [("LOCATION", "county road twelve")]),
    ("sleeping behind the store on 9th South.", [("LOCATION", "9th South")]),
    ("Clinic, 2240 W. Broadway, Minneapolis", [("LOCATION", "2240 W. Broadway, Minneapolis")]),
    ("Called The Road Home; a bed tonight.", [("ORGANIZATION", "The Road Home")]),
])
def test_forms_first_met_in_the_sixteenth_stop(text: str, expected: list[tuple[str, str]]
                                               ) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "the plate was a four door sedan",
    "he was the second to arrive",
    '"The big three" of The Big Three Killed My Baby are car makers.',
])
def test_plates_ordinals_and_titles_that_are_not_identifiers(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("went to the waffle house on lake ave with her", ["waffle house", "lake ave"]),
    ("shot outside the shell station on mlk boulevard", ["shell station", "mlk boulevard"]),
    ("got kicked out of kinder care on sheridan blvd", ["kinder care", "sheridan blvd"]),
    ("needs money for avas daycare this month", ["avas"]),
    ("Rocky's methadone dose is 110 mg.", ["Rocky"]),
    ("Everett Two Bulls wants to go back to school.", ["Everett Two Bulls"]),
])
def test_businesses_on_their_street_and_names_in_less_usual_forms(text: str,
                                                                  expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize("text", [
    "the gas station on route 6 and the halfway house on elm street",
    "she lives at the yellow house on elm street",
    "Today's session was about the kids toys and yogas classes. May's rent is late.",
    "The Golden Helix Orchestra was founded in 1978.",
])
def test_kinds_of_place_possessives_and_capitalised_titles_stay(text: str) -> None:
    spans = [value for _, value in found(text)]
    assert all(word not in " ".join(spans) for word in (
        "gas", "halfway", "yellow", "Today", "kids", "yogas", "May", "Helix"))


def test_an_eponyms_town_after_in_and_a_business_only_before_its_place() -> None:
    assert [v for _, v in found("He got a DUI on Route 9 in Framingham. His Framingham risk "
                                "score is 12.")] == ["Route 9 in Framingham"]
    assert [v for _, v in found("pt is John D seen at St. Mary's, from Goma staying at Casa "
                                "Marianella.")] == ["John D", "St. Mary's", "Goma",
                                                   "Casa Marianella"]


@pytest.mark.parametrize(("text", "expected"), [
    ("spoke with olu by phone; client and olu argued again", ["olu", "olu"]),
    ("drove to canton yesterday", ["canton"]),
    ("Address: Pleasant Street", ["Pleasant Street"]),
    ("address: kempton st", ["kempton st"]),
])
def test_people_met_towns_driven_to_and_streets_alone(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_agencies_and_relatives_met_with_are_not_names() -> None:
    assert found("spoke with dcf today; met with mom and dad; call with medicaid; he drove to "
                 "work") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("april identified three triggers.", ["april"]),
    ("today june has been sleeping poorly.", ["june"]),
    ("Ace met her mother for lunch.", ["Ace"]),
])
def test_a_month_or_a_clinical_word_that_is_a_name_doing_what_people_do(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_the_same_words_as_a_score_or_a_drug_stay() -> None:
    assert found("the ACE score was 6; her ace inhibitor started") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("he was admitted to steppingstone last week.", ["steppingstone"]),
    ("discharged from steppingstone yesterday", ["steppingstone"]),
    ("iop at steppingstone three days a week", ["steppingstone"]),
])
def test_a_place_of_care_after_admission_or_discharge(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_admitted_to_a_service_or_to_having_done_something_stays() -> None:
    assert found("admitted to medicine for dka, to the floor overnight and to having used; "
                 "discharged from services today") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("shot outside the circle k on airline highway last weekend",
     ["circle k", "airline highway"]),
    ("he is a welder at gulf island fabrication in houma he drinks",
     ["gulf island fabrication", "houma"]),
    ("she is a cna at magnolia manor now", ["magnolia manor"]),
    ("referral to fairview treatment center", ["fairview treatment center"]),
    ("she died at our lady of the lake and", ["our lady of the lake"]),
    ("caught with a vape at canyon middle and", ["canyon middle"]),
    ("at her house on martin luther king drive", ["martin luther king drive"]),
    ("gunner fourteen got caught with a vape", ["gunner"]),
])
def test_forms_first_met_in_the_fourth_spoken_round(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize("text", [
    "she is getting into trouble at school",
    "he is a guard at the county jail and a driver for twenty years",
    "he teaches at the middle school; at junior high school",
    "pulled off to the side of the road",
])
def test_trouble_kinds_of_place_and_roadsides_stay(text: str) -> None:
    assert "ORGANIZATION" not in [label for label, _ in found(text)] and \
        "LOCATION" not in [label for label, _ in found(text)]


def test_a_forms_employer_ends_at_its_sentence_and_idahos_code_is_not_a_plans_label() -> None:
    assert found("Employer: Wayfair. Insurance: Medica, ID MDC884120937.") == [
        ("ORGANIZATION", "Wayfair"), ("ORGANIZATION", "Medica"), ("HEALTH_PLAN", "MDC884120937")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Follow up: Dr. Ahn, 9/4 2 pm.", ["Dr. Ahn", "9/4"]),
    ("a 68 y/o retired engineer (Lockheed) with memory decline", ["Lockheed"]),
])
def test_a_day_before_its_hour_and_an_employer_beside_the_job(text: str,
                                                              expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_a_score_before_an_hour_is_still_a_score() -> None:
    assert found("Pain 7/10 at 3 pm.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Present: Caspar W., Delphine R. Absent: Evander T. Topic: grief",
     ["Caspar W.", "Delphine R.", "Evander T."]),
    ("im at the er at mercy again. marcus hit me", ["mercy", "marcus"]),
    ("hey dr b its lorena", ["dr b", "lorena"]),
    ("this is jolie. ray took the kids", ["jolie", "ray"]),
    ("Hi it's Wilhelmina, I got the job at Nordstrom in Bellevue Square!",
     ["Wilhelmina", "Nordstrom in Bellevue Square"]),
    ("His layoff from Caterpillar hurt.", ["Caterpillar"]),
])
def test_forms_first_met_in_messages_and_groups(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_an_article_between_two_words_is_no_middle_initial() -> None:
    assert found("She needs a superbill; can I prescribe it to a hypertensive patient?") == []
    assert [v for _, v in found("benjamin a seiler attended")] == ["benjamin a seiler"]


@pytest.mark.parametrize(("text", "expected"), [
    ("came by the sheetz where she works in altoona", ["sheetz", "altoona"]),
    ("she got into evergreen state and leaves", ["evergreen state"]),
    ("rooster that's what he goes by", ["rooster"]),
    ("he is staying at his aunt crystals tonight", ["crystals"]),
    ("so honey says junior her husband got laid off from nucor and is drinking",
     ["honey", "junior", "nucor"]),
    ("she works at chick fil a on route 9", ["chick fil a", "route 9"]),
])
def test_forms_first_met_in_the_fifth_spoken_round(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_a_therapy_or_a_clearance_is_no_facility() -> None:
    assert found("we did behavioral activation planning; psych to see after medical "
                 "clearance; the kids pills are gone") == []


def test_a_blanket_fort_is_read_without_error() -> None:
    assert found("they built a fort outside and played; she made a fort today") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("a coworker named Brianna at Fidelity in Merrimack.",
     ["Brianna", "Fidelity in Merrimack"]),
    ("he was arrested by Fall River Police. Court is set.", ["Fall River Police"]),
])
def test_a_firm_in_its_town_and_a_towns_police(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_a_holiday_in_a_town_is_a_time_and_the_town() -> None:
    assert [value for _, value in found("we met at Easter in Lowell")] == ["Lowell"]


@pytest.mark.parametrize(("text", "expected"), [
    ("family session with the pruitts and their grandson", ["pruitts"]),
    ("the hendersons moved away", ["hendersons"]),
    ("they are staying at the trevor house tonight", ["trevor house"]),
])
def test_a_household_by_its_surname_and_a_house_named_for_someone(text: str,
                                                                  expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_plural_words_and_a_plain_house_stay() -> None:
    assert found("the benzos and the opioids; the pills; she is staying at the white house") \
        == []


@pytest.mark.parametrize(("text", "expected"), [
    ("docket 2684CR001192, Worcester District Court. Probation officer Ms. Ferreira",
     ["2684CR001192", "Worcester District Court", "Ms. Ferreira"]),
    ("confirmed for Lucinda Marsh, 92. Secondary plan", ["Lucinda Marsh", "92"]),
])
def test_a_facility_before_a_sentences_end_and_an_age_before_a_full_stop(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Legend is 6 and in kindergarten.", ["Legend"]),
    ("Paisley, 4, bites peers.", ["Paisley"]),
    ("she said her stepbrother colt touched her", ["colt"]),
])
def test_childrens_word_names_beside_their_ages_and_step_relatives(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_a_name_found_once_is_found_again_before_an_adverb_and_a_verb() -> None:
    assert [v for _, v in found("june and earl met at the dance. earl now has dementia")] == [
        "june", "earl", "earl"]
    assert found("the plan now has three steps") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("she moved into shady acres in tupelo and", ["shady acres", "tupelo"]),
    ("a job at the pilot truck stop off exit 68 and", ["pilot truck stop", "exit 68"]),
    ("her boss at the cheesecake factory in king of prussia cut her hours",
     ["cheesecake factory", "king of prussia"]),
    ("since the DUI. Court date at Kent County District Court.", ["Kent County District Court"]),
])
def test_forms_first_met_in_the_last_set_of_the_sixteenth_stop(text: str,
                                                               expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the sheriff sheriff barnes came to her house", ["sheriff barnes"]),
    ("his wife bev is at centennial medical center with pneumonia",
     ["bev", "centennial medical center"]),
    ("fell at the kroger on gallatin pike and", ["kroger", "gallatin pike"]),
    ("she was there from the third to the ninth", ["the third", "the ninth"]),
    ("pastor lyle from first baptist of hendersonville called",
     ["pastor lyle", "first baptist of hendersonville"]),
    ("the funeral was at bills funeral home", ["bills funeral home"]),
])
def test_forms_first_met_in_the_sixth_spoken_round(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_a_kind_of_hospital_and_a_school_grade_stay() -> None:
    assert found("she went to the state hospital, was seen at the medical center, and from the "
                 "third grade on did well") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("caroline and peg couples session about pegs mother ruth", ["caroline", "peg", "pegs",
                                                                 "ruth"]),
    ("this is father dominics referral", ["father dominics"]),
    ("her father dominic called", ["dominic"]),
    ("okay session with pj he says the guys", ["pj"]),
    ("he got his hours cut at electric boat and his wife", ["electric boat"]),
    ("his kids go to oliver partnership school", ["oliver partnership school"]),
    ("works nights at lowell general she failed her exam", ["lowell general"]),
    ("just got out of the brattleboro retreat", ["brattleboro retreat"]),
    ("he's back at the teamsters hall on ferry street", ["teamsters hall", "ferry street"]),
    ("walt he's ninety six lives alone", ["walt", "ninety six"]),
    ("fell through the ice on lake champlain and won't drive by malletts bay",
     ["lake champlain", "malletts bay"]),
    ("her father pastor dean preaches", ["pastor dean"]),
])
def test_forms_first_met_in_the_seventh_spoken_round(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Drives for Navajo Transit out of Window Rock.", ["Navajo Transit", "Window Rock"]),
    ("Panic attacks on the Loop 202.", ["Loop 202"]),
    ("the Food City on South 12th Avenue", ["Food City on South 12th Avenue"]),
    ("Telehealth with Nuna Active, 24, from Bethel.", ["Nuna Active", "Bethel"]),
    ("She missed 11/3 and 11/10; no phone.", ["11/3", "11/10"]),
    ("Name: Paisley Vance  Age: 15", ["Paisley Vance"]),
    ("Took her to a show at Carnegie Hall.", ["Carnegie Hall"]),
])
def test_forms_first_met_in_the_desert_and_island_notes_and_records(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_generic_places_scores_and_drugs_stay() -> None:
    assert found("second shift at the mill in town; pain 4/10 and 6/10; she's ninety percent "
                 "sure; we swam in the lake by the river; took the kids to dog park; went to "
                 "law school and dance school; last Invega Sustenna dose; MoCA not valid in "
                 "Diné; took NJ Transit; the dj played") == []


def test_a_woman_named_hall_is_a_person() -> None:
    assert found("met Jennifer Hall at the office") == [("NAME", "Jennifer Hall")]


@pytest.mark.parametrize(("text", "expected"), [
    ("their son nacho was picked up by ice", ["nacho"]),
    ("savannah is fourteen and in foster care", ["savannah"]),
    ("referred deacon moss who lost his wife", ["deacon moss"]),
    ("hey ms rose its kenzie", ["ms rose", "kenzie"]),
    ("her caseworker from dorchester county dss says the visit with her mom is the twentieth",
     ["dorchester county dss", "the twentieth"]),
    ("a dui on i eighty five near spartanburg", ["i eighty five", "spartanburg"]),
    ("the father is locked up at wallens ridge and", ["wallens ridge"]),
    ("he says mt zion has been bringing food", ["mt zion"]),
    ("at the hope center in asheville for meth", ["hope center", "asheville"]),
    ("the foreman at newport news shipbuilding mr crenshaw keeps calling",
     ["newport news shipbuilding", "mr crenshaw"]),
    ("his boss mr lyle at southern states is threatening", ["mr lyle", "southern states"]),
    ("drinking every night at the tipsy goat since", ["tipsy goat"]),
    ("New insurance: Tufts Health Plan.", ["Tufts Health Plan"]),
])
def test_forms_first_met_in_the_eighth_spoken_round_and_messages(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_relatives_words_weekdays_and_verbs_stay_out_of_names_and_places() -> None:
    assert found("her son also was late; her ms flared up; the doctor who saw her; we will "
                 "mount the tv; he is locked up in county; the community center in town; "
                 "her grandma vovo is sick; she goes to tuesdays group and calls sundays") == []
    assert [v for _, v in found("her shift at cascadia ended")] == ["cascadia"]


@pytest.mark.parametrize(("text", "expected"), [
    ("client sarge is a vet", ["sarge"]),
    ("this is for destiny she's sixteen", ["destiny"]),
    ("the owner don chuy hasn't paid her", ["don chuy"]),
    ("his cousin Lil Man got shot", ["Lil Man"]),
    ("pastor of Greater Mount Olive, seen", ["Greater Mount Olive"]),
    ("Hope, Faith and Joy Castellano met", ["Hope", "Faith", "Joy Castellano"]),
    ("Will check level 4/18. - MTF", ["4/18", "MTF"]),
    ("LABS 4/1: Na 131. Recheck 4/6 at Pen Bay. W. Haines, PA-C",
     ["4/1", "4/6", "Pen Bay", "W. Haines"]),
    ("since the fight at thanksgiving she left", ["thanksgiving"]),
    ("works at the casey's on fourth street in newton she", ["casey's", "fourth street", "newton"]),
    ("fell at the methodist home on ames avenue", ["methodist home", "ames avenue"]),
])
def test_forms_first_met_in_the_ninth_spoken_round_and_records(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_sentences_after_a_street_and_beside_a_town_stay_out() -> None:
    assert [v for _, v in found("shot on Sullivant Ave. Group processed grief.")] == [
        "Sullivant Ave."]
    assert [v for _, v in found("a farmer outside pella and the bank manager called")] == [
        "pella"]
    assert found("Exchange at the lot Fridays 6 pm per court order. Bio dad called. okay "
                 "vaping is down, so insomnia is better; grief is worse at Christmas; she is "
                 "at the nursing home on weekends") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("her landlord on east colfax raised the rent", ["east colfax"]),
    ("his van at the walmart lot on south broadway in albuquerque",
     ["walmart lot", "south broadway", "albuquerque"]),
    ("she's at pueblo community college and", ["pueblo community college"]),
    ("Her church, Christ the King, has been bringing meals.", ["Christ the King"]),
    ("Bishop (client's preferred name) is 17", ["Bishop"]),
    ("He will visit her parents in Bangor over Christmas.", ["Bangor", "Christmas"]),
    ("with the Boston Housing Authority, case", ["Boston Housing Authority"]),
    ("EMPLOYER NOTE\nKevin Tran was seen", ["Kevin Tran"]),
])
def test_forms_first_met_in_the_tenth_spoken_round_and_letters(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_sides_of_town_and_devotions_stay() -> None:
    assert found("we went out on east side; turn left on west end; she felt the Holy Spirit; "
                 "she is at the community college") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("her son got jumped outside weequahic high on the sixteenth",
     ["weequahic high", "the sixteenth"]),
    ("she's a resident at hackensack meridian and", ["hackensack meridian"]),
    ("at the bowery mission for two weeks and an appointment at bellevue the twenty third",
     ["bowery mission", "bellevue", "the twenty third"]),
    ("rabbi feldman at congregation beth el is", ["rabbi feldman", "congregation beth el"]),
    ("admitted to the children's hospital of philadelphia for",
     ["children's hospital of philadelphia"]),
    ("has dementia and is at the birches in scranton and", ["birches", "scranton"]),
    ("found him on the roof of beaver stadium", ["beaver stadium"]),
    ("Seen on Ellison 12 for hyponatremia.", ["Ellison 12"]),
    ("F/u at Boston Medical Center 12/10 9:00.", ["Boston Medical Center", "12/10"]),
    ("(Army, 2010-2014, Fort Hood).", ["Fort Hood"]),
    ("lives with father Andre in Taunton", ["Andre", "Taunton"]),
])
def test_forms_first_met_in_the_eleventh_spoken_round_and_inpatient_notes(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_a_dentist_a_stadium_and_a_weekday_with_a_number_stay() -> None:
    assert found("she is at the dentist in town; the roof of the football stadium; seen on "
                 "Tuesday 12 times; pain 4/10 9:00") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("he's back working offshore for halliburton", ["halliburton"]),
    ("the coach at mcgill toolen coach broussard benched him",
     ["mcgill toolen", "coach broussard"]),
    ("he drives a truck for hebron logistics and had a wreck on i ten",
     ["hebron logistics", "i ten"]),
    ("her daughter addison was cutting", ["addison"]),
    ("his brother drowned at toledo bend on", ["toledo bend"]),
    ("meetings at the alano club on westheimer his sponsor is big mike",
     ["alano club", "westheimer", "big mike"]),
    ("and she called mobile police", ["mobile police"]),
    ("soccer with SouthCoast United.", ["SouthCoast United"]),
    ("Brought to Saint Anne's.", ["Saint Anne's"]),
    ("Client called from the Motel 6 in Seekonk, room 112.", ["Motel 6 in Seekonk", "112"]),
    ("Harmony (gr 8) disclosed", ["Harmony"]),
    ("applying to Brown next fall", ["Brown"]),
])
def test_forms_first_met_in_the_twelfth_spoken_round_crisis_and_school_notes(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_trades_laws_and_common_words_stay() -> None:
    assert found("he wants him to come work roofing in town; the McKinney-Vento liaison; "
                 "there was little joy in her voice; called the state police; campus police "
                 "came; he is back around the bend; the store on foot; In United States they "
                 "sing") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("works at the in n out on harbor boulevard in garden grove and",
     ["in n out", "harbor boulevard", "garden grove"]),
    ("her sister who is in the utah state prison in draper", ["utah state prison", "draper"]),
    ("got robbed at gunpoint on international boulevard on the third",
     ["international boulevard", "the third"]),
    ("the crash near Burlington on the 12th period. PCL-5 47 period.",
     ["Burlington", "the 12th"]),
    ("Agnes comma 93 comma lives in Hingham period.", ["Agnes", "93", "Hingham"]),
])
def test_forms_first_met_in_the_thirteenth_spoken_round_and_said_marks(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_headings_demonyms_and_prison_said_plainly_stay() -> None:
    assert found("BRIEF HOSPITAL COURSE: stable. A 58-year-old Norwegian-born fisherman; his "
                 "first job since prison; he went to prison; Geri-Psych unit") == []


def test_spoken_marks_are_read_as_marks_without_moving_offsets() -> None:
    text = "Client Marcy Fenwick comma 44 comma reports panic period. Husband Glen period."
    assert [v for _, v in found(text)] == ["Marcy Fenwick", "Glen"]


@pytest.mark.parametrize(("text", "expected"), [
    ("text: hey its jay i relapsed last night", ["jay"]),
    ("twins mason and madison who are eleven mason won't talk to his dad",
     ["mason", "madison", "mason"]),
    ("hi its pam jordans mom he's refusing", ["pam jordans"]),
    ("im at my grandmas in shawano for thanksgiving", ["shawano", "thanksgiving"]),
    ("dbt skills group kelsey raven bri and autumn said", ["kelsey raven bri", "autumn"]),
    ("car got towed from the lot ugh - tiff", ["tiff"]),
    ("his cousin deon got shot on seven mile last week", ["deon", "seven mile"]),
])
def test_forms_first_met_in_the_fourteenth_spoken_round_groups_and_messages(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_lists_sign_offs_and_distances_that_name_no_one_stay() -> None:
    assert found("the lake was crystal clear; see you - thx; we walked on a five mile "
                 "loop; the kids mom called; the boys dad called") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("she works at the quiktrip on memorial in tulsa and", ["quiktrip", "memorial", "tulsa"]),
    ("She works at the laundromat on Main in Holyoke.", ["Main in Holyoke"]),
    ("his sister is at children's mercy for her kidneys", ["children's mercy"]),
    ("okay hector works nights at the plant", ["hector"]),
])
def test_forms_first_met_in_the_fifteenth_spoken_round_and_bilingual_notes(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_what_one_is_on_in_a_town_is_no_street() -> None:
    assert [v for _, v in found("he is on probation in taunton and lives on campus in boston; "
                                "we're at childrens now")] == ["taunton", "boston", "childrens"]


def test_a_dictated_business_and_its_town_are_two_places_and_a_written_one_is_one() -> None:
    assert [v for _, v in found("got the job at the kwik trip in kaukauna so")] == [
        "kwik trip", "kaukauna"]
    assert [v for _, v in found("at the alano club on westheimer his")] == [
        "alano club", "westheimer"]
    assert [v for _, v in found("Seen at Mayo Clinic in Rochester.")] == [
        "Mayo Clinic in Rochester"]


@pytest.mark.parametrize(("text", "expected"), [
    ("her son moved her into the willows in huntington against", ["willows", "huntington"]),
    ("works at the cracker barrel off exit ninety nine and",
     ["cracker barrel", "exit ninety nine"]),
    ("lives alone up beech fork road his grandson", ["beech fork road"]),
    ("cleans rooms at the super 8 in corbin and", ["super 8", "corbin"]),
    ("wandered off to carr creek lake on sunday", ["carr creek lake"]),
])
def test_forms_first_met_in_the_sixteenth_spoken_round(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_a_road_walked_down_names_no_street() -> None:
    assert found("she walked down the road and went up the street past the park") == []


def test_a_language_or_people_beside_a_name_is_not_part_of_it() -> None:
    assert [v for _, v in found("Client Maria das Graças (Portuguese interpreter Fátima "
                                "Pacheco) speaks Kreyòl at home.")] == [
        "Maria das Graças", "Fátima Pacheco"]


@pytest.mark.parametrize(("text", "expected"), [
    ("she lives at 4410 connecticut avenue apartment 612 and her mom is visiting",
     ["4410 connecticut avenue apartment 612"]),
    ("pops that's what everybody calls him is ninety two", ["pops", "ninety two"]),
    ("his wife went back to cap haitien", ["cap haitien"]),
    ("she moved to winston salem last year", ["winston salem"]),
    ("wants him to talk to pastor eddie at first african baptist",
     ["pastor eddie", "first african baptist"]),
    ("behind on the lot rent at shady oaks mobile home park", ["shady oaks mobile home park"]),
    ("reverend toussaint referred manno from little haiti",
     ["reverend toussaint", "manno", "little haiti"]),
    ("Her attorney is Sarah Feld, Feld Immigration Law.", ["Sarah Feld", "Feld Immigration Law"]),
    ("Barrier: working doubles at Subaru of Indiana.", ["Subaru of Indiana"]),
    ("Psychodynamic session. Perpetua returned to the memory.", ["Perpetua"]),
])
def test_forms_first_met_in_the_eighteenth_stops_sets(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_a_docket_keeps_the_courts_letters_between_its_numbers() -> None:
    assert any("2026 CV 018832" in value for _, value in found(
        "She filed in Franklin County Municipal Court, case 2026 CV 018832."))


@pytest.mark.parametrize("text", [
    "Client named values: being a good dad, finishing school.",  # named: listed, not called
    "she named three triggers and grew up in a trailer park",
    "She studies Criminal Law; he is suing under Federal Law.",
    "her first baptist service was at the old trailer park",
])
def test_a_list_named_a_field_of_law_and_plain_homes_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("session with anna grace she's a student", ["anna grace"]),
    ("mary beth teaches fourth grade", ["mary beth"]),
    ("but her son kobe got expelled", ["kobe"]),
    ("says his mama opal is in the home", ["opal"]),
    ("at their place on twelfth avenue south", ["twelfth avenue south"]),
    ("Can you update my insurance before Dec 10? Sunny", ["Dec 10", "Sunny"]),
    ("grandma passed this morning at hospice of the valley i dont", ["hospice of the valley"]),
    ("she was at methodist le bonheur for three days", ["methodist le bonheur"]),
    ("Letter for my landlord (Glendale Gardens Apartments) about", [
        "Glendale Gardens Apartments"]),
])
def test_forms_first_met_in_the_eighteenth_stops_second_sets(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize("text", [
    "kendra brought her son jaxon seven he's been kicking",  # his age, not a second name
    "lives on main street south of the tracks",
    "We talked about trust. Hope.",  # a word ending a note, stopped: no signature
])
def test_an_age_after_a_name_a_direction_away_and_a_last_word_stay_apart(text: str) -> None:
    values = [value for _, value in found(text)]
    assert "jaxon seven" not in values and "main street south" not in values and \
        "Hope" not in values


@pytest.mark.parametrize(("text", "expected"), [
    ("alejandro trains at gracie barra in mesa. brazilian", ["alejandro", "gracie barra", "mesa"]),
    ("his dui on i thirty five near emporia coming home", ["i thirty five", "emporia"]),
    ("hit her at their place on colfax and york and the police came", ["colfax", "york"]),
    ("okay sunshine is back she left", ["sunshine"]),
    ("client ember reports she slept", ["ember"]),
    ("her mom rainy is scared of being alone", ["rainy"]),
    ("Marigold, 8, drew her family", ["Marigold"]),
    ("he's been staying at the open door mission since may", ["open door mission", "may"]),
    ("moved into the good samaritan center with his wife", ["good samaritan center"]),
])
def test_forms_the_eighteenth_stop_found_missed_in_older_sets(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("spoke with kevin in person; met with dana in denial again", ["kevin", "dana"]),
    ("she lives on colfax and he lives on main", ["colfax"]),
    ("client reportedly is sober and her mom also is sick; client still reports cravings", []),
    ("staying at the homeless shelter, then moved into the new recovery center", []),
])
def test_words_after_a_name_or_a_street_and_kinds_of_shelter_stay(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ST. ELSEWHERE MEDICAL CENTER\nDISCHARGE SUMMARY", ["ST. ELSEWHERE MEDICAL CENTER"]),
    ("Thank you for this consultation.\nP. Oyelaran, M.D. / jt", ["P. Oyelaran", "jt"]),
    ("She waited outside Stop & Shop in the rain.", ["Stop & Shop"]),
    # the hearing's day; "209A" is the statute's chapter for every restraining order
    ("209A hearing 12/10 at the courthouse.", ["12/10"]),
    ("Legal name Jonathan Pereira, goes by JJ.", ["Jonathan Pereira", "JJ"]),
])
def test_forms_first_met_in_the_eighteenth_stops_third_sets(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_a_service_called_by_its_initials_is_no_ones_name() -> None:
    assert found("The neighbor called EMS; the school called DCF hotline.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("won't fix the heat at four ten east one forty ninth and her", [
        "four ten east one forty ninth"]),
    ("he lives on west forty second street near", ["west forty second street"]),
    ("father okonkwo from st. brigid's referred her", ["father okonkwo", "st. brigid's"]),
    ("after the funeral at st. camillus in june", ["st. camillus", "june"]),
    ("got evicted from the marcy houses and", ["marcy houses"]),
    ("tio beto is watching the kids", ["beto"]),
    ("her visa is through golden star nails", ["golden star nails"]),
    ("laid off from grumman years ago and now drinks at the nutty irishman every night",
     ["grumman", "nutty irishman"]),
    ("a resident at elmhurst and hasn't slept", ["elmhurst"]),
])
def test_forms_first_met_in_the_eighteenth_stops_fourth_sets(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("she walked two blocks east first thing", []),
    ("her father okonkwo called", ["okonkwo"]),  # a parent, not a priest
    ("works for con ed on the night crew and his wife", ["con ed"]),
    ("he works for rutherford county public works and", ["rutherford county public works"]),
])
def test_directions_parents_and_crews_stay_what_they_are(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("her son attends brown and is in 6th grade", ["brown"]),
    ("stress from her PhD at brown and her advisor", ["brown"]),
    ("his daughter getting into rice on a full scholarship", ["rice"]),
    ("applying to rice and duke and vanderbilt", ["rice", "duke", "vanderbilt"]),
    ("he retired from general electric last year", ["general electric"]),
    ("she is interning at quantum dynamics", ["quantum dynamics"]),
    ("mail goes to 210 county st., fall river", ["210 county st., fall river"]),
    ("Seen on March of 2025 for follow up.", ["March of 2025"]),
])
def test_colleges_said_as_words_employers_left_and_towns_after_an_address(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("she goes to temple on saturdays and ate rice at home", []),
    ("she retired from teaching and applied for disability", []),
    ("lives at 12 main st., and then she left", ["12 main st."]),
])
def test_a_word_that_names_a_college_elsewhere_and_a_sentence_after_an_address_stay(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("got shot outside the jewel on eighty seventh street she's", [
        "jewel", "eighty seventh street"]),
    ("lil man that's what his grandma ruby calls him is eleven", ["lil man", "ruby"]),
    ("her mom is in st. vincent's on eighty sixth after", ["st. vincent's", "eighty sixth"]),
    ("now sits at the venice cafe on pestalozzi drinking", ["venice cafe", "pestalozzi"]),
    ("client lupe cleans offices for abm at night", ["lupe", "abm"]),
    ("Recommend an IEP meeting with Ypsilanti Community Schools.", [
        "Ypsilanti Community Schools"]),
    ("reverend mitchell from greater new hope called about", [
        "reverend mitchell", "greater new hope"]),
    ("grace and hope the twins are nine", ["grace", "hope"]),
])
def test_forms_first_met_in_the_eighteenth_stops_fifth_sets(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize("text", [
    "she feels a lil better, a lil bit calmer",
    "she is at greater risk for relapse; he lives on the eighty sixth floor",
])
def test_a_little_better_greater_risk_and_a_floor_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("her son was picked up by barre city police outside", ["barre city police"]),
    ("Dr. Feinberg (client is a retired physician, 90) spoke", ["Dr. Feinberg", "90"]),
    ("old joe that's what the guys at the shop call him is seventy", ["old joe"]),
    ("okay hunter from rutland says his probation officer", ["hunter", "rutland"]),
    ("his dad is a surgeon at maine med", ["maine med"]),
])
def test_forms_first_met_in_the_eighteenth_stops_sixth_sets(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize("text", [
    "Summer from last year was hot; his old friend came",
    "the er med student asked about her psych med and the antihypertensive med",
    "CBT, that's what we call it",
])
def test_a_season_a_student_and_a_therapy_called_so_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("INTERNAL MEDICINE ASSOCIATES\nBAYSTATE FRANKLIN\n\nReason for visit: f/u", [
        "INTERNAL MEDICINE ASSOCIATES", "BAYSTATE FRANKLIN"]),
    ("Ursula T. Nkemelu, MD\nutn/ggh", ["Ursula T. Nkemelu", "utn/ggh"]),
])
def test_a_letterhead_in_capitals_and_initials_typed_in_lower_case(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_headings_in_capitals_and_choices_stay() -> None:
    assert found("PSYCHIATRY FOLLOW-UP\nNEUROPSYCHOLOGY\nSOCIAL HX\nWELLBUTRIN XL\n"
                 "Smoker:\nyes/no") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("he can't pay rent at cedar high apartments", ["cedar high apartments"]),
    ("plays rugby for east palo alto", ["east palo alto"]),
    ("she lives in cheap apartments; the new apartments downtown are nice", []),
])
def test_homes_named_by_plain_words_where_rent_is_paid_and_a_team_by_its_town(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("drinking since he got fired from the mine in butte his wife", ["butte"]),
    ("the guys at the firehouse on elm keep asking", ["elm"]),
    ("she met him at the bar on main", ["main"]),
    ("my car broke down on rt 24 by the raynham exit", ["rt 24", "raynham"]),
    ("called from the motel, room 112. Evicted", ["112"]),
    ("sissy says her daddy passed", ["sissy"]),
    ("talked about his pastor brother hollis at church", ["brother hollis"]),
])
def test_forms_left_over_in_older_sets_found_late_in_the_stop(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("we meet at the club on Tuesday; take the next exit", []),
    ("his brother hollis called", ["hollis"]),  # a sibling, not a clergyman
    ("anxiety says nothing about her", []),
])
def test_a_weekday_after_a_club_a_sibling_and_a_symptom_that_speaks_stay(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Recently evicted from 155 Broadway, Lawrence.", ["155 Broadway, Lawrence"]),
    ("works the deli at giant eagle in butler her boyfriend", ["giant eagle", "butler"]),
    ("overdosed in the bathroom at the eastwood mall", ["eastwood mall"]),
    ("she works at mercy health now", ["mercy health"]),
    ("client joe d says the union hall for local six twelve is where", [
        "joe d", "local six twelve"]),
    ("father michael from st. casimir called", ["father michael", "st. casimir"]),
    ("the father is at sci huntingdon for five years; Rusty is at FCI Terre Haute.", [
        "sci huntingdon", "Rusty", "FCI Terre Haute"]),
])
def test_forms_first_met_in_the_eighteenth_stops_ninth_sets(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("she shops at walmart in the evenings; she was at the mall", []),
    ("her father michael called", ["michael"]),  # a parent, not a priest
    ("sci fi movies; the union local is strong", []),
])
def test_a_chain_alone_a_parent_and_plain_words_stay(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("okay ammon from rexburg says his roommates at byu idaho found", [
        "ammon", "rexburg", "byu idaho"]),
    ("his daughter daniela is at unc she wants", ["daniela", "unc"]),
    ("His plate is 8TR 442.", ["8TR 442"]),
    ("her bishop brother tanner at the riverton fourth ward told", [
        "brother tanner", "riverton fourth ward"]),
    ("was picked up by salt lake city police", ["salt lake city police"]),
    ("his girlfriend kaycee drives him to ivinson for rehab", ["kaycee", "ivinson"]),
])
def test_forms_first_met_in_the_eighteenth_stops_tenth_sets(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize("text", [
    "she is on the fourth ward now; the city police came; drives him to work for rehab",
    "plate is clean",
])
def test_a_hospital_ward_the_police_and_work_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("To: Hon. Patricia Nwankwo, Superior Court of California, County of Fresno\nRe:", [
        "Hon. Patricia Nwankwo", "Superior Court of California, County of Fresno"]),
    ("he's got court at kern county superior on the eighteenth", [
        "kern county superior", "the eighteenth"]),
    ("found her in their place on del playa", ["del playa"]),
    ("from victory outreach in pomona referred gilbert", [
        "victory outreach", "pomona", "gilbert"]),
])
def test_forms_first_met_in_the_eighteenth_stops_eleventh_sets(
        text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


def test_a_plans_letters_belong_to_its_member_id() -> None:
    assert any("UHC 9920 4471 82" in value for _, value in found(
        "Member ID: UHC 9920 4471 82\nProvider"))


@pytest.mark.parametrize(("text", "expected"), [
    ("she called norman police twice", ("ORGANIZATION", "norman police")),
    ("he's staying at his sister wanda's in sulphur", ("LOCATION", "sulphur")),
    ("her dad threatened him at the walmart on black friday", ("DATE", "black friday")),
    ("his brother died in a wreck on beltway eight", ("LOCATION", "beltway eight")),
    ("he drives a truck for sysco out of tyler", ("ORGANIZATION", "sysco")),
    ("she's cherokee nation and works at the casino", ("ORGANIZATION", "cherokee nation")),
    ("Grounding through the Yankton Sioux Tribe behavioral health",
     ("ORGANIZATION", "Yankton Sioux Tribe")),
    ("he works for the Navajo Nation now", ("ORGANIZATION", "Navajo Nation")),
    ("he parks outside her apartment at the reserve at west lake and waits",
     ("LOCATION", "reserve at west lake")),
    ("She moved to the Residences at Mill Pond last month.",
     ("LOCATION", "Residences at Mill Pond")),
    ("client nuna from bethel is staying at the shelter", ("NAME", "nuna")),
    ("Referral to Pathways intensive outpatient (adolescent track).",
     ("ORGANIZATION", "Pathways")),
    ("Safety plan includes REACH hotline.", ("ORGANIZATION", "REACH")),
    ("Facilitator J. Moreno, LCSW.", ("NAME", "J. Moreno")),
    ("her husband got hurt in the mine at alliance coal", ("ORGANIZATION", "alliance coal")),
    ("his brother is in southern regional jail since halloween",
     ("ORGANIZATION", "southern regional jail")),
    ("Guardian Patricia Doyle, Esq., 617-555-0140.", ("NAME", "Patricia Doyle")),
    ("hey its dani i start at brigham on monday", ("NAME", "dani")),
    ("darlene called, she's at providence in medford with gary", ("LOCATION", "providence")),
    ("his cousin got shot on troost saturday night", ("LOCATION", "troost")),
    ("found him passed out at a party on magnolia", ("LOCATION", "magnolia")),
    ("hit her in the parking lot of harkins in scottsdale", ("LOCATION", "harkins")),
    ("his dad drinks at the legion in wausau every night", ("ORGANIZATION", "legion")),
    ("got a dui coming home from the moose lodge", ("ORGANIZATION", "moose lodge")),
    ("he plows for the city of marquette and", ("ORGANIZATION", "city of marquette")),
    ("this is rick he plows for the town", ("NAME", "rick")),
    ("his cousin man man got shot on thanksgiving night", ("NAME", "man man")),
    ("his cousin man man got shot on thanksgiving night", ("DATE", "thanksgiving night")),
    ("he's at the harbor light shelter on currie avenue", ("LOCATION", "harbor light shelter")),
    ("his mother is in the converse home and doesn't know him", ("ORGANIZATION", "converse home")),
])
def test_forms_first_met_in_the_nineteenth_stops_sets(text: str,
                                                     expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "he works at the refinery in pasadena",           # a site of work, not a business
    "her grandmother is Navajo and speaks Diné",      # a people, not a government
    "they walked through the village at night",       # a time after "at", not a place
    "his DCS case manager visits monthly",            # a state agency's worker
    "completed 16 sessions of CPT. Transferred care to group.",  # the therapy, not a captain
    "A: Hypervigilant, sleeping 4 h.",                # a clinical word
    "he got sick from burning coal all winter",       # a doing, not a firm
    "she wants to work with more energy",
    "hey its dani i start at noon",                   # the pronoun and its verb
    "she has been living on lexapro since june",      # a drug after "on", not a street
    "he showed up at the party on time and left",     # a plain word after "on"
    "they watched the eagles on tv at home",          # a team, not a lodge
    "she dreams of moving to the city of angels",     # no town's name after "city of"
    "he misses his grandfather pop pop every day",    # what a family calls a grandfather
    "she threatened to jump from the parking garage",  # kinds of place, not names
    "he is staying at the homeless shelter downtown",
])
def test_what_the_nineteenth_stops_rules_leave_alone(text: str) -> None:
    assert [value for _, value in found(text) if value in (
        "refinery", "Navajo", "village at night", "DCS", "CPT. Transferred", "Transferred",
        "Hypervigilant", "burning coal", "more energy", "dani i start", "i start", "lexapro",
        "time", "eagles", "city of angels", "angels", "pop pop", "parking garage",
        "homeless shelter")] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("okay this is autumn she's a ski instructor", ["autumn"]),
    ("okay next will he's a corrections officer", ["will"]),
    ("they got kicked out of skyline high for vaping", ["skyline high"]),
    ("a rider pulled a gun on him at frankford terminal", ["frankford terminal"]),
    ("sleeping in his truck up millcreek canyon since", ["millcreek canyon"]),
    ("she lives on pine ridge and her grandson", ["pine ridge"]),
    ("her grandma raised her in onset. attachment themes", ["onset"]),
    ("she lives up the holler in hazard by herself", ["hazard"]),
    ("after her divorce from jimmy ray last spring", ["jimmy ray"]),
    ("Brother Anselm, 67, a monk at the abbey.", ["Brother Anselm"]),
    ("They're adopting through Wide Horizons for Children.", ["Wide Horizons for Children"]),
    ("her new psychiatrist at bay cove started her on seroquel", ["bay cove"]),
    ("my shift at chipotle got moved", ["chipotle"]),
    ("alejandro trains at gracie barra in mesa. brazilian", ["alejandro", "gracie barra", "mesa"]),
    ("his buddy junior got crushed in the mine", ["junior"]),
    ("client buddy reports his wife left", ["buddy"]),
    ("my insurance is harvard pilgrim now member id HPX 44810277",
     ["harvard pilgrim", "member id HPX 44810277"]),
    ("she spends every day at mountain view cemetery", ["mountain view cemetery"]),
    ("an employee of Fidelity Investments since May", ["Fidelity Investments", "May"]),
    ("he works at the safeway on fourth plain in vancouver", ["safeway", "fourth plain",
                                                              "vancouver"]),
    ("arrested outside the qt on admiral and he's in jail", ["qt", "admiral"]),
    ("she left cascade behavioral against advice", ["cascade behavioral"]),
    ("her husband is in nyu langone after the stroke", ["nyu langone"]),
    ("he got promoted at state farm in bloomington", ["state farm", "bloomington"]),
    ("he drives for metro transit in minneapolis", ["metro transit", "minneapolis"]),
    ("community service at habitat for humanity in lubbock", ["habitat for humanity",
                                                              "lubbock"]),
    ("sister wells from the relief society brought emma in", ["sister wells", "emma"]),
    ("buprenorphine 16 mg via Recovery Works in Elizabethtown.",
     ["Recovery Works in Elizabethtown"]),
    ("I reviewed the MRI done at Shields MRI in Brockton.", ["Shields MRI in Brockton"]),
    ("INTAKE ASSESSMENT — RIVERBEND COUNSELING\nClient: Tamsin Oduya",
     ["RIVERBEND COUNSELING", "Tamsin Oduya"]),
    ("Subscriber Chidi Okwuosa, group GRP 774031.", ["Chidi Okwuosa", "GRP 774031"]),
    ("Works nights cleaning at JFK Terminal 4. BP 162/94.", ["JFK Terminal 4"]),
    ("Insurance BCBS IL XOF448812307.", ["BCBS IL", "XOF448812307"]),
    ("Bed search: Butler declined, Fuller accepted.", ["Butler", "Fuller"]),
    ("To: Allegheny County Children, Youth and Families\nRe: intake",
     ["Allegheny County Children, Youth and Families"]),
    ("picks grapes outside lodi and the foreman beto keeps touching her", ["lodi", "beto"]),
    ("Marcus Bell (goes by Deacon) is sober", ["Marcus Bell", "Deacon"]),
    ("she lives in a tent under the burnside bridge", ["burnside bridge"]),
    ("pt found on the Hays Street Bridge at 0300.", ["Hays Street Bridge"]),
    ("his grandmother is raising him in olneyville", ["olneyville"]),
    ("got arrested on the one oh one for street racing", ["one oh one"]),
    ("Pt is a 19M Texas A&M student found down", ["Texas A&M"]),
    ("brought by Lafayette Parish Sheriff after", ["Lafayette Parish Sheriff"]),
    ("her son wants her at sacred heart", ["sacred heart"]),
    ("an SI statement at Walmart on Ambassador Caffery.", ["Walmart on Ambassador Caffery"]),
    ("client consented to storing a voiceprint for the phone check-in", ["voiceprint"]),
    ("she's staying at hope house in independence since", ["hope house", "independence"]),
    ("she left cedar springs against advice", ["cedar springs"]),
    ("States he left Fellowship Hall AMA and is at home.", ["Fellowship Hall"]),
    ("Rocco relapsed at the Rivers Casino last week.", ["Rocco", "Rivers Casino"]),
    ("she tends bar at the blue moose in springfield", ["blue moose", "springfield"]),
    ("he got jumped outside raytown south after the game", ["raytown south"]),
    ("P: Interoceptive exposure; f/u 12/10.", ["12/10"]),
    ("her daughter is in the nicu at east tennessee children's", ["east tennessee children's"]),
    ("she took him to dayton children's last night", ["dayton children's"]),
])
def test_forms_the_twentieth_stop_found(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("this is a hard one she's been sober", "hard"),  # no name after "this is"
    ("he came from being high again", "high"),  # a state, not a school
    ("cortisol at record high", "record"),
    ("they walked down by the muddy creek", "muddy"),  # what a creek is like, not its name
    ("she was in sick bay", "sick"),
    ("a delay in onset of sleep", "onset"),  # a town that is a word, not before "of"
    ("Brother Gil lives in Providence.", "Brother"),  # a relative; no faith spoken of
    ("Letter from Social Security Administration for Earl Jenkins, claim", "for"),
    ("Daughter Bev is using LifeStream for Meals on Wheels.", "Meals"),
    ("note for dale he's a coal miner out of grundy", "coal"),
    ("she's at the va and they're talking hospice", "hospice"),
    ("my insurance is expired so i will pay", "expired"),
    ("switched to Medicaid: my insurance is medicaid now", "medicaid"),
    ("he was on second shift in lowell", "shift"),
    ("we met at the walmart on black friday", "walmart"),  # a chain alone, on a day
    ("i stopped at the shell station on my way home", "way"),
    ("he was a good samaritan to her", "samaritan"),
    ("he drives for nj transit and saw a man jump", "transit"),  # a state's agency
    ("he drives for the mta nights and barely sees her", "nights"),
    ("her sister wells is at church on sunday", "wells"),  # a relative, not a title
    ("he had surgery at Psychiatry in Boston", "Psychiatry"),  # a department
    ("she's in grief counseling now", "grief"),
    ("he was arrested after the DUI on Kamehameha Highway on 10/28", "DUI"),
    ("insurance BCBS XJF884120937. Referred by her PCP", "BCBS"),  # dozens of plans
    ("Client declined the bed. Mother accepted the plan.", "Mother"),
    ("the foreman said no to overtime", "foreman"),
    ("he was on the a train platform at noon", "platform"),
    ("she was admitted to the psych ward again", "ward"),
    ("she lives in fear of him", "fear"),
    ("she called at the one oh five mark", "oh"),
    ("she is a good student and a brown student", "brown"),
    ("I saw her at Target on Sunday.", "Target"),
    ("she left a fingerprint on the glass", "fingerprint"),
    ("he uses a fingerprint lock on his gun safe", "fingerprint"),
    ("she's staying at her mom's house for now", "house"),
    ("he's sleeping in the field house", "field"),
    ("he left the hospital AMA yesterday", "hospital"),
    ("she left detox against medical advice", "detox"),
    ("she is from dallas south of the river", "south"),
    ("they drove from boston south to providence", "south"),  # a drive, not a job
    ("Pain 7/10 today. Cravings 3/10.", "7"),  # scores out of ten
])
def test_forms_the_twentieth_stop_leaves(text: str, kept: str) -> None:
    assert all(kept not in value.split() for _, value in found(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("okay ray fifty eight roughneck laid off", ["ray"]),  # what a dictation opens on
    ("okay dale farms soybeans near the river", ["dale"]),
    ("i have to take mason to the dentist", ["mason"]),  # someone taken somewhere
    ("he picked up lily from school", ["lily"]),
    ("alone since barb left he fishes", ["barb"]),  # someone gone
    ("the call from christmas eve keeps replaying", ["christmas eve"]),
    ("she dances at a club off i 40 after midnight", ["i 40"]),
    ("he went in the ditch on county road j", ["county road j"]),
    ("P: Refer to Kentucky River Community Care.", ["Kentucky River Community Care"]),
    ("She was admitted to Walden Behavioral Care.", ["Walden Behavioral Care"]),
    ("Kayla is at UofL Health.", ["Kayla", "UofL Health"]),
    ("Graduated Johnson Central 1998.", ["Johnson Central"]),
    ("freshman at uw eau claire panic attacks before exams", ["uw eau claire"]),
    ("she transferred to SUNY New Paltz last fall", ["SUNY New Paltz"]),
    ("i'm at the kum & go on university and", ["kum & go", "university"]),
    ("she lives at four twenty two west mariposa in phoenix now",
     ["four twenty two west mariposa", "phoenix"]),  # a town after a house, word or not
    ("she deals cards at the golden nugget in laughlin", ["golden nugget", "laughlin"]),
    ("her son is in clark county detention since may", ["clark county detention", "may"]),
    ("they camped near the hoover dam for a week", ["hoover dam"]),
    ("his dad professor hale teaches there", ["professor hale"]),
    ("she lives at the jewish home in rochester", ["jewish home", "rochester"]),
    ("Letter for SSG Curtis Fenske about his claim.", ["SSG Curtis Fenske"]),
    ("Treatment summary for Union Pacific EAP: 8 sessions", ["Union Pacific"]),
    ("she called Wake County Crisis Line last night", ["Wake County Crisis Line"]),
    ("they owe Navy Federal $14,000.", ["Navy Federal"]),  # a known firm, capitalised
    ("his daughter moved him to delta health nursing home and", ["delta health nursing home"]),
    ("alone since his wife died Thanksgiving. Callback Monday.", ["Thanksgiving"]),
    ("Hotline to Tulsa County DHS.", ["Tulsa County DHS"]),
    ("a waitress at cafe du monde her boyfriend hit her", ["cafe du monde"]),
    ("her husband has been gambling at the island view every night", ["island view"]),
    ("after a fight at the harp on saturday night", ["harp"]),
    ("he was jumped outside club vibe last night", ["club vibe"]),  # a kind word beside a name
    ("Phone 317-555-0186. Insurance Anthem ID YRK882014563.",
     ["317-555-0186", "Anthem", "YRK882014563"]),
    ("his auntie lei wants him to move back", ["lei"]),
    ("this is ivy thirty she works at the store", ["ivy"]),
    ("okay pastor reggie from new birth referred kendra", ["pastor reggie", "new birth",
                                                           "kendra"]),
    ("the crash on US-23 last spring", ["US-23"]),
    ("he's a bush pilot flying for grant aviation and he crashed", ["grant aviation"]),
    ("he coaches little league at veterans park", ["veterans park"]),  # a park by its name
    ("sleeping in her car at ocean beach since june", ["ocean beach", "june"]),
    ("his tita marlene drove him to school", ["marlene"]),
    ("his dad mark screams at him after every game", ["mark"]),
])
def test_forms_the_twenty_first_stop_found(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("okay will do that next week", "will"),  # a modal, not a name
    ("okay so she says it helped", "so"),
    ("take her to the doctor tomorrow", "her"),
    ("it would bring joy to the family", "joy"),  # a feeling brought, no one taken
    ("ever since dad died she drinks", "dad"),
    ("i 40 times asked him", "40"),  # the speaker and a count, no interstate
    ("Needs Primary Care follow up.", "Primary"),  # kinds of care, not providers
    ("Transitions of Care reviewed.", "Transitions"),
    ("Client needs Home Care.", "Home"),
    ("Discussed Hospice Care with family.", "Hospice"),
    ("Graduated High School in 2001.", "School"),
    ("the uc system is hard to get into", "uc"),
    ("she was admitted at two west today", "west"),  # a unit, no house or street
    ("a beaver built a dam on the creek", "dam"),
    ("He moved to Wake County Monday and", "Monday"),
    ("arrested in Gwinnett County for DUI", "for"),
    ("Referred by EAP. The EAP covers 6 sessions.", "The"),
    ("he went to a good treatment center", "good"),  # what it is like, not its name
    ("seen in a tertiary care center in Ohio", "tertiary"),
    ("she's at a new nursing home now", "new"),
    ("his mom's group home is nice", "mom's"),
    ("Report to Oregon DHS hotline today.", "DHS"),  # a state's agency
    ("We celebrated Christmas with her family.", "Christmas"),  # the day itself, no event
    ("drinking at the lake house every weekend", "lake"),  # kinds of place, no name
    ("he got jumped at the bus stop", "bus"),
    ("she relapsed at her sister's wedding", "wedding"),
    ("he was found at the scene", "scene"),
    ("he got robbed at gunpoint on the corner", "gunpoint"),
    ("She has insurance ID AB-998877.", "ID"),  # the field, not the plan
    ("Mom's insurance: BCBS member ID on file.", "BCBS"),  # dozens of plans
    ("txt from gramma jean about the weekend", "gramma"),  # a relative, no firm
    ("his father fell at home on the stairs", "home"),  # a parent, no congregation
    ("he works with heavy construction equipment", "construction"),
    ("they took the dog to dog park", "dog"),  # a kind of park, no name
    ("he lives in trailer park off the highway", "trailer"),
    ("they met at his park on weekends", "his"),
    ("she's walking to the park at lunch", "park"),
    ("he hid behind bleachers at football field", "football"),
])
def test_forms_the_twenty_first_stop_leaves(text: str, kept: str) -> None:
    assert all(kept not in value.split() for _, value in found(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("okay will thirty three he works at the mill", ["will"]),  # a modal never has an age
    ("session with sully he's fifty one a plow driver", ["sully"]),  # whoever is met, aged
    ("txt: miss carla its jay my mom said i have to come", ["miss carla", "jay"]),
    ("Voicemail: Sergeant Pruitt re welfare check", ["Sergeant Pruitt"]),
    ("I've called Delaware County CYS.", ["Delaware County CYS"]),
    ("union electrician with local 103 in dorchester", ["local 103", "dorchester"]),
    ("he is in IBEW Local 58 now", ["IBEW Local 58"]),
    ("client kody nineteen at boise state his girlfriend", ["kody", "boise state"]),
    ("she is sixteen at lone peak high in highland", ["lone peak high", "highland"]),
    ("kids at the pierce school called him slurs", ["pierce school"]),
    ("he overdosed in the parking lot of the pheasant lane mall", ["pheasant lane mall"]),
    ("she lives on munjoy hill with her cousin", ["munjoy hill"]),
    ("reports panic on the Schuylkill Expressway.", ["Schuylkill Expressway"]),
    ("H&P: 58, oilfield worker for Pioneer Natural Resources.", ["Pioneer Natural Resources"]),
    ("employer Meijer store #212, leave from", ["Meijer store #212"]),
    ("ibew local 58 sent him out", ["ibew local 58"]),
    ("completed the program at our Flint office on", ["Flint office"]),  # a branch by its town
    ("Dear Mr. and Mrs. Lindqvist, your son", ["Mr. and Mrs. Lindqvist"]),  # one household
    ("He appears in 54-A District Court.", ["54-A District Court"]),
    ("discharged to Doctors Hospital at Renaissance rehab", ["Doctors Hospital at Renaissance"]),
    ("he pastors piney grove free will baptist", ["piney grove free will baptist"]),
    ("her son moved her into san joaquin gardens", ["san joaquin gardens"]),
    ("note for father tom he's the priest at the parish", ["father tom"]),
    ("his wife died on all souls day and he", ["all souls day"]),
    ("her cousin died in a crash on highway four ninety one", ["highway four ninety one"]),
    ("ACT: firefighter, Tualatin Valley Fire & Rescue.", ["Tualatin Valley Fire & Rescue"]),
    ("okay precious seventeen at king college prep", ["precious", "king college prep"]),
    ("he's on percocet from dr shah", ["dr shah"]),  # a surname that is a word, after "dr"
    ("family session with the okonkwos dad emeka", ["okonkwos", "emeka"]),
    ("Safety plan: 19, WSU student.", ["WSU"]),
    ("she is a junior at UNM now", ["UNM"]),
    ("Grief group: Ruth (husband Walt d. 8/9)", ["Ruth", "Walt", "8/9"]),
    ("his roommate found him on the roof of mertz hall", ["mertz hall"]),
    ("her grandma raises her in bronzeville", ["bronzeville"]),
    ("oil field in hobbs for halliburton his girlfriend", ["hobbs", "halliburton"]),
    ("she cleans offices downtown for abm and", ["abm"]),
    ("a trader at citadel gambling debts", ["citadel"]),
    ("Officer Daniels, Hattiesburg PD, badge 612, about", ["Officer Daniels", "Hattiesburg PD",
                                                          "612"]),  # a badge's three digits
    ("Date: 11/29/2026\nUnit: 4 North\n", ["11/29/2026", "4 North"]),
    ("hearing before ALJ Parker today", ["ALJ Parker"]),
    ("Email from Rev. Dale Simmons: Brother Curtis asked me to", ["Rev. Dale Simmons",
                                                                 "Brother Curtis"]),
    ("VM: Tamika with Mobile County DHR, re: the visit", ["Tamika", "Mobile County DHR"]),
    ("Sgt. Amanda Price, Keesler AFB Family Advocacy", ["Sgt. Amanda Price", "Keesler AFB"]),
    ("twenty two at ole miss she was assaulted", ["ole miss"]),  # one word no dictionary has
    ("okay tre nineteen at alabama a and m his roommate", ["tre", "alabama a and m"]),
    ("assaulted at a party on homecoming weekend", ["homecoming weekend"]),
    ("okay big john fifty nine sanitation for the city", ["big john"]),
    ("a home health aide with bayada her client died", ["bayada"]),
    ('Last use with friend "Boo" on the corner', ["Boo"]),  # a nickname in quotes
    ("works nails at lotus spa in south philly her husband", ["lotus spa", "south philly"]),
    ("she lives out past greenwood now", ["greenwood"]),
    ("she lives at home in south minneapolis now", ["south minneapolis"]),  # a side of a town
    ("Work: Apple Parmer campus.", ["Apple Parmer"]),
    ("he works at 3m in the lab", ["3m"]),
    ("his son got arrested in frogtown", ["frogtown"]),
    ("her mom is on the white earth reservation", ["white earth"]),
    ("her dad travels for target corporate", ["target corporate"]),  # a chain's offices
    ("he owns gio's pizzeria downtown", ["gio's pizzeria"]),
    ("she showed up at secaucus junction", ["secaucus junction"]),
    ("cleans houses in the hamptons all summer", ["hamptons"]),
    ("this is hazel seventeen at the high school", ["hazel"]),  # who the note is about, aged
    ("sister mary agnes lives at the motherhouse", ["sister mary agnes"]),  # a nun's title
    ("a grad student at uw her advisor yells", ["uw"]),
    ("he lives on whidbey island with his wife", ["whidbey island"]),
    ("she packs fish at pacific seafood in the winter", ["pacific seafood"]),
    ("im at union gospel mission now", ["union gospel mission"]),
    ("he was kicked by a horse on derby day", ["derby day"]),
    ("a bartender in over the rhine", ["over the rhine"]),
    ("okay tj nineteen works at the mall", ["tj"]),
    ("okay dwayne sixty two retired hpd officer", ["dwayne", "hpd"]),
    ("she cleans at memorial hermann at night", ["memorial hermann"]),
    ("Ms. Keisha Grant, 29, Boston Medical Center 7E, after OD.", ["Ms. Keisha Grant",
                                                                  "Boston Medical Center 7E"]),
    ("target: shooting on East Colfax last year.", ["East Colfax"]),
    ("Owen drove through the Eisenhower Tunnel.", ["Owen", "Eisenhower Tunnel"]),
    ("fax my letter to the 36th District Court today", ["36th District Court"]),
    ("txt: hey its big mike, im out", ["big mike"]),
    ("he works at amazon dtw1 nights", ["amazon dtw1"]),  # a warehouse by its code
    ("a warehouse lead at the target dc", ["target dc"]),
    ("he owns cedar grill downtown", ["cedar grill"]),
    ("a sergeant with dpd in the eighth precinct", ["dpd", "eighth precinct"]),
    ("she lives in sault ste marie", ["sault ste marie"]),
    ("deported through san ysidro last week", ["san ysidro"]),
    ("he grew up in barrio logan", ["barrio logan"]),
    ("his dad is in cummins unit", ["cummins unit"]),  # a prison's unit
    ("from the north end of hartford her son", ["north end of hartford"]),
    ("she lives at the scandinavian home in cranston", ["scandinavian home", "cranston"]),
    ("John: You saved my life!", ["John"]),  # a speaker in a transcript
    ("my car broke down on us 31 sorry", ["us 31"]),
    ("auth approved to 3/1 for eight visits", ["3/1"]),
])
def test_forms_the_twenty_second_stop_found(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("okay will do that next week", "will"),  # a modal with no age after it
    ("session with mom she's forty and tired", "mom"),
    ("she stopped at a local 24 hour store", "local"),  # nearby, no union
    ("the local 5k raised money", "local"),
    ("he moved to the state last year", "state"),
    ("she is at the art school now", "art"),  # a kind of school, after "the"
    ("he goes to the dance school", "dance"),
    ("at peak high he quit", "peak"),  # how high, no school
    ("they live on a hill outside town", "hill"),
    ("she lives up on the hill", "hill"),
    ("admitted to Baystate Medical Center at Noon", "Noon"),  # a time, no campus
    ("seen at Butler Hospital at Thanksgiving", "Thanksgiving"),
    ("he was raised free will baptist", "free"),  # a denomination, no church
    ("her father tom goes to church", "father"),  # her father, no priest
    ("okay so fifteen minutes late today", "so"),  # a count, no teenager
    ("transferred to the PICU at 3am", "PICU"),  # a unit, no university
    ("She is moving 2/3 of her stuff", "2/3"),
    ("met at the union hall after work", "union"),  # a kind of hall
    ("we ate in the dining hall", "dining"),
    ("she spent a week in juvie hall", "juvie"),
    ("she was a server at lunch", "lunch"),  # a meal, no firm
    ("the operator at dispatch radioed", "dispatch"),
    ("multifamily group with the smiths", "smiths"),  # a word's plural, not an unlisted name
    ("badge 12 was dirty", "12"),  # two digits name no badge
    ("she is a nurse with experience in peds", "experience"),  # a job with, no firm
    ("he works with computers", "computers"),
    ("the storage unit: 4 boxes", "4"),
    ('the client "forgot" her meds again', "forgot"),  # a word in scare quotes
    ("she stayed up past midnight again", "midnight"),
    ("he moved to north carolina", "north"),  # a state, no side of a town
    ("Employer: None", "None"),  # a form's field, left empty
    ("Work: Full time", "Full"),
    ("Employer: Retired", "Retired"),
    ("she works at 5am daily", "5am"),
    ("we had a dinner reservation", "dinner"),
    ("he was shot in broad daylight", "broad"),
    ("he runs a small deli", "small"),
    ("sent the form to corporate", "corporate"),
    ("he moved to rhode island last year", "rhode"),  # a state, no island's name
    ("her sister rose early at the church", "sister"),  # a relative, owned
    ("he stays at the rescue mission", "rescue"),  # a kind of shelter
    ("diagnosed with bpd officer safety", "bpd"),  # a diagnosis, no police
    ("okay tj said he would call", "okay"),
    ("we met at the corner diner", "corner"),  # a kind of diner
    ("the officer with copd", "copd"),
    ("in los dos meses", "dos"),  # Spanish words, no place
    ("Check-in: she is doing well", "Check-in"),  # a heading, no speaker
    ("Group (gr 5 friendship): all present", "Group"),
    ("she went to the burn unit", "burn"),  # a hospital's unit, no prison
    ("a nurse on the covid unit back then", "covid"),
    ("He lives on the north side of Elm Street 12.", "north"),  # a street's side, no town's
    ("nightmares since Hurricane Ian damaged her home", "Ian"),  # a storm's name
    ("she gave us 3 times the dose", "3"),
])
def test_forms_the_twenty_second_stop_leaves(text: str, kept: str) -> None:
    assert all(kept not in value.split() for _, value in found(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("okay gladys ninety one lives alone", ["gladys", "ninety one"]),  # an age after a name
    ("alright mrs harjo 96 lives with her granddaughter", ["mrs harjo", "96"]),
    ("mobile crisis: Ms. Tran, 82... no, 92, found wandering", ["Ms. Tran", "92"]),  # put right
    ("My unit is 4B. Thanks", ["4B"]),  # one's own unit, said
    ("her room is 214, by the window", ["214"]),
    ("Panic on I-75/85 near North Ave.", ["I-75/85", "North Ave."]),
    ("i have a court date at 36th district on the 14th", ["36th district", "the 14th"]),
    ("my old phone got stolen at the greektown casino", ["greektown casino"]),
    ("he got hurt at the kennecott mine last year", ["kennecott mine"]),
    ("he went to hazelden rehab last year", ["hazelden rehab"]),
    ("she's a sophomore at pitt studying nursing", ["pitt"]),
    ("Wojciech has a job at Amazon fulfillment in Fall River.", ["Wojciech", "Amazon",
                                                                 "Fall River"]),
    ("drives for amazon out of moreno valley", ["amazon", "moreno valley"]),
    ("owns rich's auto body in greensburg", ["rich's auto body", "greensburg"]),
    ("the warehouse in findlay township", ["findlay township"]),
    ("he's a lineman for oge out of enid", ["oge", "enid"]),
    ("follow up with jasmine twenty two student at hunter", ["jasmine", "hunter"]),  # aged
    ("session with hannah grace nineteen at the mall", ["hannah grace"]),  # two first names
    ("he was on tybee memorial day weekend and got into a fight", ["tybee",
                                                                    "memorial day weekend"]),
    ("this is sofia fifteen goes to bronx science her mom found her", ["sofia",
                                                                      "bronx science"]),
    ("He fled after detention. A-number A 214-558-907.", ["A 214-558-907"]),
    ("note for aaliyah twelve at ps 161 her grandmother", ["aaliyah", "ps 161"]),
    ("he goes to PS 54 in the Bronx", ["PS 54", "Bronx"]),
    ("a super at a building on grand concourse the landlord", ["grand concourse"]),
    ("her baby father kevin is on rikers", ["kevin", "rikers"]),
    ("a bartender at mcsorley's lives in bay ridge", ["mcsorley's", "bay ridge"]),
    ("stopped by cops in jamaica queens", ["jamaica queens"]),  # a neighbourhood's borough
    ("his dad is at joint base charleston and they fight", ["joint base charleston"]),
    ("he was at naval station norfolk for years", ["naval station norfolk"]),
    ("Places: Desert Botanical Garden, my room", ["Desert Botanical Garden"]),
    ("a shrimper out of shem creek his boat", ["shem creek"]),
    ("her family's nail salon, Lucky Nails. Interpreter", ["Lucky Nails"]),
    ("disclosed a DV arrest by JPSO.", ["JPSO"]),  # a sheriff's office by its initials
    ("money worries after Marathon refinery layoffs", ["Marathon refinery"]),
    ("follow up tony eighteen at montwood got caught", ["tony", "montwood"]),
    ("counselor note destiny tenth grade at east high", ["destiny", "east high"]),
    ("Crisis check: Jasmine (gr 12) at Northside High", ["Jasmine", "Northside High"]),
    ("Team: Principal Hayes, Sgt. Moore.", ["Principal Hayes", "Sgt. Moore"]),
    ("note for don ramiro noventa y dos he only speaks spanish", ["don ramiro",
                                                                  "noventa y dos"]),
    ("mi abuela tiene noventa y cuatro años", ["noventa y cuatro años"]),
    ("he's in the maricopa county drug court program", ["maricopa county drug court"]),
    ("Arrival 0115 via SFFD from 16th and Mission.", ["SFFD", "16th and Mission"]),
    ("met at 3rd & Pine then", ["3rd & Pine"]),  # a corner, by a numbered street
    ("ADMISSION NOTE, Ward 7B\nTamika Reynolds, 34F", ["Ward 7B", "Tamika Reynolds"]),
    ("Payee: LAMP Community.", ["LAMP Community"]),  # a form's payee
    ("she went to genesis er last night", ["genesis er"]),  # a hospital by its ER
    ("picks apples in wenatchee for stemilt her son", ["wenatchee", "stemilt"]),
    ("a welfare check at 1520 e 4th st callback", ["1520 e 4th st"]),  # a numbered street
    ("im at my court date in ramsey county -tj", ["ramsey county", "tj"]),  # signed
    ("his wife is at bethany lutheran village now", ["bethany lutheran village"]),
    ("he lives in morrill tower his roommate", ["morrill tower"]),
    ("EMDR: Sgt. Maria Vang, Minneapolis PD 3rd Precinct, target", ["Sgt. Maria Vang",
                                                                    "Minneapolis PD 3rd "
                                                                    "Precinct"]),
    ("Tom works at 3M in Maplewood", ["Tom", "3M in Maplewood"]),
    ("SOAP: Joe Thunder, 39, Red Lake Nation. S: cravings.", ["Joe Thunder",
                                                              "Red Lake Nation"]),
    ("on the uss ford out of norfolk his girlfriend", ["uss ford", "norfolk"]),  # a ship
    ("she cleans at nationwide children's and her grandson", ["nationwide children's"]),
    ("her son got arrested by cpd on friday", ["cpd"]),  # police by what they did
    ("a cna at riverside she's been using", ["riverside"]),
    ("text from jj: sorry i missed it", ["jj"]),  # whom a message is from
    ("txt from jr: im at the house", ["jr"]),
])
def test_forms_the_twenty_third_stop_found(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("gave mike ninety dollars", "ninety"),  # money, no age
    ("called tom 95 times", "95"),
    ("BP 130/85, no 140/90", "140/90"),  # a reading put right, no age
    ("scored 88, no, 98 percent", "98"),
    ("the unit is 12 beds", "12"),  # a ward's size, no one's unit
    ("that phone is mine and this is yours", "mine"),  # a pronoun, no mine
    ("she's been to drug rehab twice", "drug"),  # a kind of rehab
    ("he orders for amazon in bulk", "amazon"),  # a chain, no site of work
    ("drives for uber out of silver spring", "uber"),  # an app, with no site in a town
    ("she works at a hair salon", "salon"),  # a kind of salon
    ("the nail salon on main street", "nail"),
    ("a plumber for years", "years"),
    ("Hola Sra. Beltrán, soy Yolanda", "Hola"),  # a greeting, no town
    ("okay so mike also seventeen minutes late", "also"),  # no second first name
    ("he goes to emanuel ame every sunday his wife", "every"),  # when, not the church's name
    ("a resident and her attending dr feldman told her", "told"),
    ("MS 45 lesion on MRI", "MS"),  # a count of lesions, no school
    ("ps 5 more mins", "ps"),
    ("we set up the base camp", "camp"),  # a kind of camp, no base
    ("we met at the food concourse", "food"),  # an airport's, no street
    ("has COPD and ALSO asthma", "ALSO"),  # a word in capitals, no sheriff's office
    ("she bites her nails. Her Nails are short", "Nails"),
    ("Follow up in six weeks", "in"),  # when, no one followed up with
    ("Follow up with PCP in 1 week", "PCP"),
    ("the principal called mom", "principal"),  # a role, no name after it
    ("en el hospital desde el domingo", "domingo"),  # a weekday, though a name too
    ("he was on the ward 4 times", "ward"),  # no ward's number
    ("sent him to peds er", "peds"),  # a kind of ER
    ("she picks them up for school", "school"),
    ("read about children's books", "children's"),  # no hospital
    ("he was stopped by bpd before", "bpd"),  # a diagnosis's initials, no police
    ("text from mom: call me", "mom"),  # a relative, not a name
    ("msg from client: running late", "client"),
])
def test_forms_the_twenty_third_stop_leaves(text: str, kept: str) -> None:
    assert all(kept not in value.split() for _, value in found(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("her boyfriend is stationed at mountain home air force base", [
        "mountain home air force base"]),  # a base, its name first
    ("he was out of malmstrom afb for years", ["malmstrom afb"]),
    ("Pt placed in seclusion room 2 at 1420.", ["2"]),  # a room's short number
    ("Pt ambulating in hall on 4 West, calm.", ["4 West"]),  # a ward by floor and wing
    ("transferred to 5 North overnight", ["5 North"]),
    ("his deckhand sonny drowned", ["sonny"]),
    ("she's at uaa studying nursing", ["uaa"]),  # a university's initials, dictated
    ("a junior at uwm now", ["uwm"]),
    ("19, sophomore, dorm Hale Aloha Ilima; chain analysis", ["Hale Aloha Ilima"]),
    ("front desk at wingate by wyndham in twin falls", ["wingate by wyndham", "twin falls"]),
    ("he's a machinist for boeing", ["boeing"]),  # a well-known firm, dictated
    ("kicked out of the interfaith sanctuary shelter", ["interfaith sanctuary shelter"]),
    ("staying at the union gospel mission downtown", ["union gospel mission"]),
    ("okay billy ray fifty five catfish farmer", ["billy ray"]),  # two first names, then age
    ("call back deb at 414-555-0192 about it", ["deb", "414-555-0192"]),  # whom it reaches
    ("Warm line: Frank, regular caller, lonely", ["Frank"]),
    ("her son is at shelby training center", ["shelby training center"]),
    ("selling out of the foote homes", ["foote homes"]),  # public housing by name
    ("call from the church, mt pisgah cme, today", ["mt pisgah cme"]),
    ("attn: PO Karen Albright", ["PO Karen Albright"]),  # a probation officer's title
    ("He attends IOP at CODA weekly.", ["CODA"]),  # a program by its initials
    ("Address given: 2207 NW Quimby.", ["2207 NW Quimby"]),  # a street by its quadrant
    ("PPB notified; Project Respond en route.", ["PPB", "Project Respond"]),
    ("Letter to landlord: Guardian Management, re: rent", ["Guardian Management"]),
    ("he's at the healing place on market street now", ["healing place", "market street"]),
    ("she works at the silver spoon on fern valley road", ["silver spoon", "fern valley road"]),
    ("he works construction for bradbury stamm now", ["bradbury stamm"]),  # a trade, then firm
    ("shooting at Seven Mile and Gratiot in 2019", ["Seven Mile and Gratiot"]),  # a corner
    ("Maria, 31, Southwest Detroit. D: stress", ["Maria", "Southwest Detroit"]),
    ("Jalen, 15, Cass Tech. B: outbursts", ["Jalen", "Cass Tech"]),
    ("a call from his pastor at southland christian today", ["southland christian"]),
    ("a student who lives in newell hall", ["newell hall"]),  # a dormitory, dictated
    ("Kai lives with dad in Buckley SFB housing.", ["Kai", "Buckley SFB"]),
    ("applying to CU Boulder and more", ["CU Boulder"]),  # a state university's campus
    ("its jess from walgreens on westheimer mr lopez's script", ["jess", "walgreens",
                                                                 "westheimer", "mr lopez"]),
    ("Msg from Lt. Cmdr. Dana Ruiz today", ["Lt. Cmdr. Dana Ruiz"]),  # a rank of two words
    ("Mateo, 17, Children's Hospital Colorado, admitted", ["Mateo",
                                                           "Children's Hospital Colorado"]),
    ("Text from Pastor Leroy Simms (Wheeler Avenue Baptist)", ["Pastor Leroy Simms",
                                                              "Wheeler Avenue Baptist"]),
    ("sister on scene; PPB notified.", ["PPB"]),  # a police service by what it did
    ("Dorchester. BPD notified. SANE exam offered.", ["Dorchester", "BPD"]),
    ("Stable. Transport by AMR at 1500.", ["AMR"]),  # who carried the patient
    ("ED triage — UMC Las Vegas. BIBA", ["UMC", "Las Vegas"]),  # a hospital's initials
    ("the Brooks children; file #O-11823/26.", ["Brooks", "#O-11823/26"]),  # a docket
    ("Family: Kayden 10, Paisley 7; mom at work", ["Kayden", "Paisley"]),  # listed with ages
    ("Cameron, 20, UT Austin junior; self-harm", ["Cameron", "UT Austin"]),
    ("Riya wants to attend NYU next fall", ["Riya", "NYU"]),
    ("may return to duty at FDNY Engine 54 next week", ["FDNY Engine 54"]),  # a fire company
    ("a tenant of Red Hook Houses since 2019", ["Red Hook Houses"]),  # public housing
    ("drives for king county metro and got assaulted", ["king county metro"]),
    ("his DV charge in Clackamas County court.", ["Clackamas County court"]),
    ("he's in roofers local 30 and fell", ["roofers local 30"]),  # a trade's union local
    ("got punched at kensington and allegheny", ["kensington and allegheny"]),  # a corner
    ("Tyler, 19M, NC State student", ["Tyler", "NC State"]),  # a university by state code
    ("pastor of Mount Zion AME Zion, Durham", ["Mount Zion AME Zion", "Durham"]),
    ("MCO ID on file; pharmacy CVS Garner.", ["CVS Garner"]),  # a chain, then its town (one span)
    ("at Motel 6 Gastonia room 118", ["Motel 6", "Gastonia", "118"]),
    ("her son stan wants her in mount alverna", ["stan", "mount alverna"]),
    ("her son jaden is at cuyahoga hills", ["jaden", "cuyahoga hills"]),
    ("a student at ucf lives in knights circle now", ["ucf", "knights circle"]),
    ("her husband is a deputy with jso", ["jso"]),  # a sheriff's office by initials
    ("got a job at bath iron works starting", ["bath iron works"]),
    ("PCP Dr. Kuipers, Spectrum Health Zeeland.", ["Dr. Kuipers", "Spectrum Health Zeeland"]),
    ("his cousin got shot at 63rd and halsted", ["63rd and halsted"]),  # a corner, dictated
    ("her boyfriend overdosed in kanawha city", ["kanawha city"]),
    ("f/u at 2001 N Centro Familiar SW on Monday", ["2001 N Centro Familiar SW"]),  # quadrant
    ("Letter to landlord Essex Property Trust re: rent", ["Essex Property Trust"]),
    ("Probation letter to DPO Teresa Vargas today", ["DPO Teresa Vargas"]),
    ("text from pastor kim: daniel asked to meet", ["pastor kim", "daniel"]),  # acting
    ("his wife called on friday the fourth worried", ["friday the fourth"]),
    ("CPS by Counselor Diaz: Lily, gr 2, bruises.", ["Diaz", "Lily"]),  # a grade beside
    ("P: Refer to CODA; next session", ["CODA"]),  # a program by its initials
    ("a student who lives in perkins green now", ["perkins green"]),
    ("his dad is at the erie county holding center", ["erie county holding center"]),
    ("his arrest outside Dante's on Burnside.", ["Dante's", "Burnside"]),  # a business
    ("plays football at texas tech and", ["texas tech"]),  # a state's technical university
    ("text from kylee: hes at trinity in minot", ["kylee", "trinity", "minot"]),
    ("okay chris forty one works at the plant", ["chris"]),  # a common name, opened on
    ("her mom is at ridgeview institute and", ["ridgeview institute"]),
    ("a housekeeper, member of culinary local 226", ["culinary local 226"]),
    ("Officer Tasha Green, MPD 7th District; target", ["Officer Tasha Green",
                                                       "MPD 7th District"]),
    ("texting goodbye from her UNR dorm tonight", ["UNR"]),  # a university before its dorm
    ("returned to Silver Sky assisted living.", ["Silver Sky"]),
    ("a fisherman out of New Bedford on the F/V Lady Grace; wife", ["New Bedford",
                                                                  "F/V Lady Grace"]),
    ("session with father jorge from san fernando cathedral", ["father jorge",
                                                             "san fernando cathedral"]),
    ("her mom is at rio grande state center now", ["rio grande state center"]),
    ("works at longs in manoa marketplace", ["longs", "manoa marketplace"]),
    ("he owns jun's okazuya in kaimuki", ["jun's okazuya", "kaimuki"]),  # named for its owner
    ("her mom is at house of mercy now", ["house of mercy"]),  # a shelter, a house of…
    ("a student at the u of m lives in dinkytown", ["u of m", "dinkytown"]),
    ("moving to Flagstaff for NAU; records", ["Flagstaff", "NAU"]),  # initials ending in U
    ("her mom lakeisha is at odyssey house and", ["lakeisha", "odyssey house"]),
    ("letter to Officer Jim Cole, Tarrant County CSCD: groups", ["Officer Jim Cole",
                                                               "Tarrant County CSCD"]),
    ("ACT — Lorna Beck, 76, retired", ["Lorna Beck"]),  # a surname that names a scale too
    ("Intake — DOB on file, 812 S 900 W; phone", ["812 S 900 W"]),  # a grid address
    ("moving to Missoula for UM; records", ["Missoula", "UM"]),
    ("text from bishop hales: see you sunday", ["bishop hales"]),  # a title, then whom
    ("mensaje: estoy en tegucigalpa con mi hermana", ["tegucigalpa"]),  # a town, in Spanish
    ("a su hijo lo deportaron a ciudad juárez", ["ciudad juárez"]),
])
def test_forms_the_twenty_fourth_stop_found(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("the air force base near town", "base"),  # no base's name
    ("his old air force base", "old"),
    ("sat in his room 2 hours crying", "2"),  # a time, no room
    ("living room 3 times a day", "3"),
    ("she hates dorm Life and the RA", "Life"),
    ("she's at umm the store", "umm"),  # a filler, no university
    ("he eats at the rescue mission most nights", "rescue"),  # a kind of mission
    ("she went on a mission trip", "mission"),
    ("it's a lot to process for us", "us"),
    ("she came with progressive ideas", "progressive"),  # one plain word, no firm here
    ("her dad won't let her go", "wo"),  # a verb's stem
    ("sleeping in her car in the menards parking lot", "menards"),  # a chain's lot
    ("he went to a job training center", "job"),
    ("they live in the nursing homes", "nursing"),
    ("Tylenol 500 mg PO BID", "BID"),
    ("he started IOP at AA downtown", "AA"),  # a fellowship, no program's name
    ("The Project Manager called.", "Manager"),
    ("Pain Management follows her", "Pain"),  # a kind of care
    ("called her at 555-0101", "her"),
    ("we met at the bus stop on main street", "bus"),  # a kind of place, on a street
    ("she stays at her mom's house on elm street", "house"),
    ("the blue house on oak street was raided", "blue"),
    ("her boss at the nail salon on main street", "nail"),
    ("She works as a Pharmacy Tech at CVS.", "Pharmacy"),  # a job, no school
    ("he's a born again christian now", "christian"),  # a faith, no church
    ("they adopted through bethany christian services", "through"),
    ("he lives in city hall basically", "city"),
    ("his coach Mr. Alvarado called", "coach"),  # a relation, not a second title
    ("Children's Hospital Policy applies.", "Policy"),
    ("He was raised Southern Baptist and left.", "Southern"),  # a faith, no church
    ("CPS notified. EMS en route. FBI notified.", "FBI"),  # agencies of no one place
    ("the school; AST notified.", "AST"),  # a state's troopers
    ("RN notified at 0300", "RN"),
    ("Hx of PTSD Boston area", "PTSD"),
    ("BP 120/80 and took 1/2 tab", "1/2"),
    ("Scores: Grade 10, Hope 7; done.", "Grade"),
    ("the engine 2 light came on", "engine"),
    ("she lives in Harris County now", "now"),
    ("He shops at Target Sunday mornings.", "Target"),  # a chain, no town
    ("it was at local 5 pm", "local"),
    ("the officer at the scene said", "the"),
    ("a trooper with msp stopped him", "msp"),  # a state's troopers
    ("they drove around the traffic circle", "traffic"),
    ("he works for rutherford county public works", "and"),
    ("we met at 5th and then left", "then"),
    ("Goals: Build Trust with peers", "Build"),
    ("on monday the fourth grade went on a trip", "grade"),
    ("Refer to PCP and DBT and IOP.", "DBT"),
    ("he went to vet tech school", "vet"),
    ("she was at risk in boston", "risk"),  # no place's name before the town
    ("he lost his job at the refinery in pasadena", "refinery"),
    ("they met at church in dayton", "church"),
    ("drives in to ihs in gallup", "ihs"),  # a federal service
    ("the bridge at the dam; NHP notified.", "NHP"),  # a state's highway patrol
    ("Dx: BPD. Hx of cutting.", "BPD"),  # a diagnosis, no police
    ("he owns his dad's old truck now", "truck"),
    ("she owns her mom's house in dayton", "house"),
    ("sent to ICU for monitoring", "ICU"),
    ("the house of cards fell", "cards"),
    ("she stayed at grandma's house last night", "house"),
    ("he was at his brother house", "brother"),
    ("his dui near emporia coming home from work", "coming"),
    ("sent for UA and UDS today", "UA"),  # a urine test, no university
    ("Beck Depression Inventory 21 today", "Beck"),
    ("mi hijo vive en casa de su papá en mexico", "casa"),  # a word, and a country
    ("está en la casa con su mamá", "casa"),
])
def test_forms_the_twenty_fourth_stop_leaves(text: str, kept: str) -> None:
    assert all(kept not in value.split() for _, value in found(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("his cousin got shot near crenshaw and slauson", ["crenshaw and slauson"]),  # a corner
    ("her son drives her to glendale adventist", ["glendale adventist"]),
    ("she's a para at berkeley unified now", ["berkeley unified"]),  # a school district
    ("his daughter is at cal state northridge", ["cal state northridge"]),
    ("he lives in the outer sunset with his dog", ["outer sunset"]),  # a neighbourhood
    ("she grew up in the third ward", ["third ward"]),
    ("mi hijo beto salió ayer", ["beto"]),  # a son in Spanish; a verb in the past
    ("lives with grandparents in Chimayó now", ["Chimayó"]),  # a town, no verb
    ("la mamá de kevin llamó", ["kevin"]),  # "de" belongs to no name here
    ("Progress note, unit 4 South. Refused labs.", ["unit 4 South"]),  # a ward's wing
    ("From Sgt. Ortiz, SDPD Southeastern Division: done", ["Sgt. Ortiz",
                                                          "SDPD Southeastern Division"]),
    ("a letter for Lauren Beck, residing here", ["Lauren Beck"]),  # a surname, no scale
    ("License PSY 29184", ["PSY 29184"]),  # a licence's letters
    ("fled Gondar in 2023-08. Scarring", ["Gondar", "2023-08"]),  # a month, as ISO writes it
    ("in her car outside the Wegmans in Bridgewater", ["Wegmans in Bridgewater"]),
    ("he goes to valley mountain regional center", ["valley mountain regional center"]),
    ("he was arrested in south sac", ["south sac"]),
    ("nursing student at sac state now", ["sac state"]),
    ("hey its kenz lol can we do 330", ["kenz"]),  # a nickname, signing a message
    ("Her TikTok is @jayla.rva and Snap jaylaaa_22.", ["@jayla.rva", "jaylaaa_22"]),
    ("my IG is tyler.b.rva if u need me", ["tyler.b.rva"]),
    ("Reminder: prescription for DANIEL R is ready.", ["DANIEL R"]),  # a pharmacy's capitals
    ("he lost two fingers out by sahuarita", ["sahuarita"]),
    ("he died in a wreck on two ninety five", ["two ninety five"]),  # an interstate
    ("a dui on i two ninety five", ["i two ninety five"]),
    ("he sleeps at the king soopers lot on academy", ["king soopers lot", "academy"]),
    ("works at the walmart on federal and her ex", ["walmart", "federal"]),
    ("i got called in at target on rancho again", ["target", "rancho"]),
    ("she is in the arapahoe county detention facility", ["arapahoe county detention facility"]),
    ("brought by Columbus Division of Police today", ["Columbus Division of Police"]),
    ("posted a photo on Snapchat (calebm_07).", ["calebm_07"]),
    ("Security called. K. Marsh, RN.", ["K. Marsh"]),  # an initial, a surname, a credential
    ("her boyfriend got shot in the west end", ["west end"]),
    ("he goes to the wilkes barre va on tuesdays", ["wilkes barre va"]),  # a town's VA
    ("From Fayetteville VA Coastal HCS: your visit", ["Fayetteville VA Coastal HCS"]),
    ("airborne at fort liberty for now", ["fort liberty"]),  # an Army post's new name
    ("a junior at nc central this year", ["nc central"]),
    ("retired from ibm in rtp last year", ["ibm", "rtp"]),
    ("that's what she goes by, real name juniper", ["juniper"]),  # not "real"
    ("at work (Whole Foods on Ponce de Leon); call", ["Whole Foods", "Ponce de Leon"]),
    ("ms. t its jaylin i got in", ["ms. t", "jaylin"]),  # a teacher by her initial
    ("bed held for R. Lopes until 6pm", ["R. Lopes"]),  # a surname that is a rare word
    ("he overdosed at their place on southeast fifty second", ["southeast fifty second"]),
    ("petition by Pittsburgh Bureau of Police Zone 5; found", [
        "Pittsburgh Bureau of Police Zone 5"]),
    ("her son is at boston latin now", ["boston latin"]),
    ("from sully: cant make it", ["sully"]),  # a message's header
    ("her son is in hazelden springbrook", ["hazelden springbrook"]),
    ("Admission, UPMC Western Psychiatric: seen", ["UPMC Western Psychiatric"]),
    ("okay reverend sims seventy from nowhere", ["reverend sims"]),  # a title, then an age
    ("she lives in the nicholtown neighborhood", ["nicholtown"]),
    ("packs meat at national beef for now", ["national beef"]),
    ("men's group (from KCK), done", ["KCK"]),
    ("his cousin got killed on sixteenth and pulaski", ["sixteenth and pulaski"]),
    ("last known address 6200 S Halsted; phone off.", ["6200 S Halsted"]),
    ("drives a bus for cherokee county schools", ["cherokee county schools"]),
    ("Truck: plate IL 4482917 B, white", ["IL 4482917 B"]),
    ("Nursing license 041.442187 (IL) pending", ["041.442187"]),
    ("Docket 24 CR 0118-01, pending", ["24 CR 0118-01"]),
    ("a podcast on anchor.fm/southsidemama now", ["anchor.fm/southsidemama"]),
    ("Insurance BCBSIL, member", ["BCBSIL"]),
    ("she beat her on christmas eve", ["christmas eve"]),  # a past without "-ed"
    ("Target: FDNY Ladder 10; then", ["FDNY Ladder 10"]),  # a fire company, its department's
    ("Keanu refused school (IS 318) today", ["Keanu", "IS 318"]),
    ("she lives on one seventy fifth now", ["one seventy fifth"]),
    ("he works out of the four six precinct", ["four six precinct"]),
    ("ready at Broadway & 168th. Thanks", ["Broadway & 168th"]),
    ("Admission, Parkland 4 West: seen", ["Parkland 4 West"]),
    ("school Arlington Heights HS.", ["Arlington Heights HS"]),
    ("Dallas County Probate Court No. 3, hearing", ["Dallas County Probate Court No. 3"]),
    ("Employment: Weirton Steel 2012-2017; none", ["Weirton Steel"]),  # an industry's firm
    ("he lives near nineteenth avenue and camelback works", [
        "nineteenth avenue and camelback"]),  # a cross street taken for a name
    ("Text -> Wood County 911; done", ["Wood County 911"]),
    ("her son is in lower buckeye jail", ["lower buckeye jail"]),
    ("988 call: Jesse, 34, Wheeling, on the bridge", ["Jesse", "Wheeling"]),  # after an age
    ("note for hawk fifty five lives in his van", ["hawk"]),  # whom, given an age
    ("runs a tow truck for valley towing and", ["valley towing"]),
    ("he is a student at wsu tri cities now", ["wsu tri cities"]),
    ("Visit at the park, lot 14, today", ["lot 14"]),  # a mobile home's lot
    ("sleeping in car at Lot 23.", ["Lot 23"]),
    ("Follow-up: Sage, they/them, housing", ["Sage"]),  # whose pronouns
    ("a chief from the seventh ward", ["seventh ward"]),  # a city's ward
    ("to home in 7th Ward; f/u", ["7th Ward"]),
    ("he got shot on st claude last night", ["st claude"]),  # a saint's street
    ("followed her to the rouses on carrollton", ["rouses", "carrollton"]),
    ("she lives in the lower garden district", ["lower garden district"]),
    ("a logger for mcdonald county sawmill and", ["mcdonald county sawmill"]),
    ("referred to YWCA West Central Michigan.", ["YWCA West Central Michigan"]),
    ("a note for staff sergeant reyes thirty four", ["staff sergeant reyes"]),  # a rank
    ("note for specialist okafor twenty three", ["specialist okafor"]),
    ("his son marco junior is at the prison now", ["marco junior"]),  # a name's suffix
    ("her son is in bell county juvenile now", ["bell county juvenile"]),
    ("ACT. Mr. Gallegos (70), Pueblo; retired", ["Mr. Gallegos", "Pueblo"]),
    ("CDL TX 24418872; DOT card", ["TX 24418872"]),
    ("DBT. Mason (18), Fossil Ridge HS; diary card", ["Mason", "Fossil Ridge HS"]),
    ("pt Mr. Avakian (72), Saint Agnes; wife", ["Mr. Avakian", "Saint Agnes"]),
    ("last worked Sal's Pizza, today", ["Sal's Pizza"]),  # a restaurant by what it sells
    ("posted on Discord (masonD#4471). SRO", ["masonD#4471"]),
    ("5150 by Fresno PD Southwest District; then", ["Fresno PD Southwest District"]),
    ("okay sokha fifty one cambodian", ["sokha"]),  # whom, given an age
    ("he is a freshman at rpi from rochester", ["rpi", "rochester"]),
    ("okay aunty lei sixty two from here", ["lei"]),  # a relative's name, given an age
    ("Priya at Microsoft; Sam at home", ["Priya", "Microsoft", "Sam"]),
    ("a sophomore at uh manoa now", ["uh manoa"]),
    ("Family session, Rainier Valley; son", ["Rainier Valley"]),
    ("EMDR: Sgt. Luis Pena (JBLM), target", ["Sgt. Luis Pena", "JBLM"]),
    ("H&P: DOB 02/29/2006, student", ["02/29/2006"]),  # a mistyped birth date still dates
    ("session with elder brown twenty a returned missionary", ["elder brown"]),
    ("a bracelet via Utah County AP&P.", ["Utah County AP&P"]),  # a county's office
    ("a ski patroller from sugar house", ["sugar house"]),
])
def test_forms_the_twenty_fifth_stop_found(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("she moved near the lake and stayed", "stayed"),  # no cross street after a plain word
    ("the unified theory of everything", "unified"),  # no district's town
    ("she lives in the south side of the house", "house"),
    ("lives with grandparents in Chimayó now", "now"),
    ("mi esposa llegó tarde", "llegó"),  # a verb, no surname
    ("he was in the division office", "division"),
    ("Aaron Beck's model; Beck Depression Inventory 21.", "Beck"),
    ("Nursing license RN 712904 under review", "RN"),  # a credential, not the licence's
    ("scores rose 2023-2024 overall", "2023-2024"),  # years, no month
    ("she lives in a regional center for youth", "regional"),
    ("hey its gonna be late sorry", "gonna"),  # speech, no nickname
    ("she will snap at him again", "at"),
    ("Take PLAN B and VITAMIN D today.", "PLAN"),  # capitals that are words
    ("she lives up by the lake", "lake"),
    ("she spent on two ninety five dollars", "two"),  # no crash told
    ("she met him at the target on black friday", "target"),  # a day, no street
    ("SNAP benefits were cut", "benefits"),  # a public program, no handle
    ("she ran sas and spss for the study", "sas"),  # software, no firm
    ("he can't pay the light bill at duke energy", "duke"),  # a utility, no one's workplace
    ("the va pays for it", "va"),  # no town's VA
    ("Plan A. Rest and fluids.", "Rest"),  # no initial before a surname
    ("Seen at UPMC Monday.", "Monday"),  # a day, no site
    ("From the desk: we are closed", "desk"),
    ("he lives on east second and main", "and"),
    ("she moved back to the old neighborhood", "old"),  # a word, no neighbourhood's name
    ("she sat on second and third base", "second"),  # no street by its name
    ("she ate a plate 2 times a day", "2"),
    ("THIS IS 4 OK", "IS"),  # capitals, no school
    ("Sizes S & 2nd row", "S"),
    ("he has been in county jail and the new jail", "county"),  # kinds of jail, no name
    ("session note for group forty minutes long", "group"),  # a count, no age
    ("Follow-up scheduled 12/3.", "scheduled"),
    ("she took a lot 2 times", "lot"),
    ("vaccine lot UK4471A given", "lot"),
    ("his cousin wants him to come work roofing", "roofing"),  # a trade, no firm
    ("Desmond (pronouns he/him) arrived", "pronouns"),
    ("we met on st patrick's day", "day"),
    ("lisinopril, insur ID HS-998877.", "ID"),  # an id's label, no school
    ("she is a junior at deering and junior year", "year"),
    ("the specialist said to rest", "said"),
    ("okay great thirty minutes left", "great"),
    ("Mr. Yates (bed 22) became combative", "bed"),  # a bed, no place
    ("asthma in children under 12, per guidance", "under"),  # a word, no relative's name
    ("her mom fifty two years old", "fifty"),
    ("Scores 02/29/2006 otherwise", "02/29/2006"),  # no such day, and no birth said
])
def test_forms_the_twenty_fifth_stop_leaves(text: str, kept: str) -> None:
    assert all(kept not in value.split() for _, value in found(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("(my dad, Joe Luna) turned 92 yesterday", ["Joe Luna", "92"]),  # whoever turns it
    ("PA driver's license 28 441 902, keys", ["28 441 902"]),  # a licence in spaced groups
    ("prescription for DAVID TREVINO is ready", ["DAVID TREVINO"]),  # a name in capitals
    ("PATIENT NAME: JOHN SMITH", ["JOHN SMITH"]),  # words too, but where a name is named
    ("re: PO2 Jessica Hale, NAS Corpus Christi.", ["PO2 Jessica Hale", "NAS Corpus Christi"]),
    ("re: 1SG Maria Lopez today", ["1SG Maria Lopez"]),  # the whole rank, not its last letter
    ("at MCAS Miramar. Then NAS Oceana Monday", ["MCAS Miramar", "NAS Oceana"]),
    ("works the front desk at the hampton inn downtown", ["hampton inn downtown"]),
    ("Mi esposo Beto salió del Christus Spohn ayer.", ["Beto", "Christus Spohn"]),
    ("Guillermo del Toro called", ["Guillermo del Toro"]),  # a particle inside a name
    ("her ex showed up at her apartment in fort sanders", ["fort sanders"]),
    ('Vsevolod: "Who are you?"\nHeather:"I\'m his daughter".', ["Vsevolod", "Heather"]),
    ("note for will forty four from here he will not stop", ["will"]),  # after "for", no verb
    ("she hopes to get custody back of lily and grace", ["lily", "grace"]),
    ("a call from St. Albert the Great today", ["St. Albert the Great"]),  # a saint's epithet
    ("he roofs for yellowhammer roofing and fell", ["yellowhammer roofing"]),
    ("brandon forty from benton a lineman for entergy fell twenty feet",
     ["brandon", "benton", "entergy"]),  # the article and its noun, a count after the firm
    ("dewayne from minden drives for averitt and sleeps in his cab",
     ["dewayne", "minden", "averitt"]),
    ("secondary Arkansas Blue Cross; insurance is Blue Cross Blue Shield of Texas",
     ["Arkansas Blue Cross", "Blue Cross Blue Shield of Texas"]),  # one state's plan
    ("Arkansas psychology license PSY 1-0942 verified", ["PSY 1-0942"]),  # a board's letters
    ("home 12/09; f/u Ozark Guidance next week", ["12/09", "Ozark Guidance"]),
    ("CODE GRAY 12/04 2210, 4 East: pt combative; UAMS PD responded",
     ["12/04", "4 East", "UAMS PD"]),  # a ward heading the line, a campus's police
    ("kendrick twenty three from southwest little rock works", ["kendrick",
                                                                "southwest little rock"]),
    ("okay aubrey fourteen at mann magnet her mom latoya", ["aubrey", "mann magnet", "latoya"]),
    ("mom Lauren works from home for Subaru of America.", ["Lauren", "Subaru of America"]),
    ("the encampment under Admiral Wilson Blvd now", ["Admiral Wilson Blvd"]),
    ("a bartender at lakefront brewery drinks after every shift", ["lakefront brewery"]),
    ("works at palermo's making pizzas and", ["palermo's"]),  # what is done there, after it
    ("retired from graphic packaging and her son", ["graphic packaging"]),  # a trade ends it
    ("a longshoreman at the garden city terminal hurt", ["garden city terminal"]),
    ("Walgreens on Coors Blvd: your prescription is ready.", ["Walgreens on Coors Blvd"]),
    ("pharmacy CVS on Montgomery Blvd; next visit", ["CVS on Montgomery Blvd"]),
    ("his church iglesia bautista emanuel is closing", ["iglesia bautista emanuel"]),
    ("this is maya fourteen at la cueva and she's sad", ["maya", "la cueva"]),
    ("her husband died at presbyterian last fall", ["presbyterian"]),  # a faith's hospital
    ("from selma drives truck for central valley express and", ["selma",
                                                               "central valley express"]),
    ("Intake: Abdi, 27, lives in Cedar-Riverside; works", ["Abdi", "Cedar-Riverside"]),
    ("this is ray forty eight from union works at the mill", ["ray", "union"]),  # after an age
    ("jolene thirty four from wheeling worked", ["jolene", "wheeling"]),
    ("and sells on figueroa every day", ["figueroa"]),  # a street no dictionary has
    ("his wife wants to go back to boulder", ["boulder"]),
    ("mrs. kowalczyk seventy six from bay view her husband", ["mrs. kowalczyk", "bay view"]),
    ("dante twenty from the old west end works at", ["dante", "old west end"]),
    ("orlando fifty from espanola heroin since he was", ["orlando", "espanola"]),
    ("okay jamal forty from the vista bartends at the bar", ["jamal", "vista"]),
    ("marisol thirty two from clarke square cleans at night", ["marisol", "clarke square"]),
    ("Progress note: Ruth, 71. Lives in East Rock.", ["Ruth", "East Rock"]),
    ("Intake: Yanira, 38, Frog Hollow, Hartford.", ["Yanira", "Frog Hollow", "Hartford"]),
    ("session with chief daniels forty one from here", ["chief daniels"]),  # a rank, said
    ("a retired rigger at norfolk naval shipyard and", ["norfolk naval shipyard"]),
    ("Client: My mom's ninety-one and lives alone.", ["ninety-one"]),  # a relative's age
    ("Video of the incident saved as VID_20261203_221455.mp4.", ["VID_20261203_221455.mp4"]),
    ("I permit Family & Children's Services to share records",
     ["Family & Children's Services"]),
    ("lost his job at the mine and now drives for ups", ["ups"]),
    ("heyyy its jay lol can we move my appt", ["jay"]),  # a greeting drawn out
    ("my dad wants me for xmas", ["xmas"]),  # a holiday's day
    ("Peer support: Tony (peer) and Ray fished", ["Tony", "Ray"]),
    ("this is jalen fifteen at savannah arts he's being bullied", ["jalen", "savannah arts"]),
    ("tyrese sixteen at mcdonogh thirty five he's been", ["tyrese", "mcdonogh thirty five"]),
    ("follow up with hunter sixteen at dorman plays football", ["hunter", "dorman"]),
    ("Adolescent: Jaylen, 15, Lincoln College Prep; posts", ["Jaylen", "Lincoln College Prep"]),
    ("admitted to Merit Health Central behavioral unit", ["Merit Health Central"]),  # a campus
    ("ED NOTE, UMMC: Jerome Banks, 33M", ["UMMC", "Jerome Banks"]),  # the heading's site
    ("ED TRIAGE, LVHN Cedar Crest. Pt Justin", ["LVHN Cedar Crest", "Justin"]),
    ("jeannine fifty four from sanford a cna at the home", ["jeannine", "sanford"]),
    ("keisha works at hyundai on the line", ["keisha", "hyundai"]),  # a carmaker's plant
    ("her husband cecil died at wakemed last month", ["cecil", "wakemed"]),  # a "-med"
    ("luis a roofer for sunshine roofing and he fell", ["luis", "sunshine roofing"]),
    ("Started sertraline; sent to Walgreens on Broad St.", ["Walgreens on Broad St."]),
    ("grandpa walt ninety one from hays still farms", ["walt", "ninety one", "hays"]),
    ("father ortiz sixty from garden city priest at st dominic",
     ["father ortiz", "garden city", "st dominic"]),
    ("works at kroger on hillcroft y su esposo beto was deported",
     ["kroger", "hillcroft", "beto"]),  # Spanish between names, and a relative's word
    ("session with padre miguel sesenta from here", ["padre miguel"]),
    ("From UMC: Lani Kahale discharged today.", ["UMC", "Lani Kahale"]),  # a sender
    ("pt combative; UMC Police responded.", ["UMC Police"]),
    ("panic on the Liberty Tubes.", ["Liberty Tubes"]),
    ("Truck: black Ram 1500, Illinois plate FX 44817.", ["FX 44817"]),  # no state's code
    ("her husband bud died at baptist east last fall", ["bud", "baptist east"]),
    ("EAP: Ana Diaz, 41, Zillow analyst, reports", ["Ana Diaz", "Zillow"]),  # after an age
    ("Susan will drive me. I am 91 you know!", ["Susan", "91"]),  # one's own age
    ("refusing school at Roland Park Elementary/Middle; meeting",
     ["Roland Park Elementary/Middle"]),
])
def test_forms_the_twenty_sixth_stop_found(text: str, expected: list[str]) -> None:
    assert [value for _, value in found(text)] == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("she turned 95 degrees on the dial", "degrees"),
    ("SEE GRACE PERIOD NOTICE", "GRACE"),  # capitals that are words, no name
    ("MARK YOUNG TREES BEFORE PLANTING", "MARK"),  # nowhere a name is named
    ("Mija, I'm Tere, your neighbor.", "I"),  # the pronoun, no initial
    ("la mamá de ramiro, él ya no quiere ir", "él"),  # a Spanish word, no surname
    ("his daughter valeria's quinceañera is in june", "quinceañera"),
    ("they built a fort with pillows", "fort"),  # no fort's name
    ("the kids made a fort lee wanted", "fort"),
    ("on the 3rd floor with Dr. Lee", "rd"),  # a number's letters, no name
    ("his cousin wants him to come work roofing", "roofing"),  # a trade, no firm
    ("she fought for custody of the kids", "kids"),
    ("f/u Sleep Study results next week", "Sleep"),  # what is followed up, not where
    ("Has Blue Cross through work", "Blue"),  # the national name, no state's plan
    ("seen in ED PD consult today", "PD"),  # a unit's initials, no police
    ("a kid at the magnet school", "magnet"),  # a kind of school
    ("Nursing license RN 712904 under review", "RN"),  # a credential, no board
    ("she works at the same clinic as our intern", "same"),  # no town's clinic
    ("what is the best rehab protocol", "best"),
    ("va a la iglesia los domingos", "domingos"),  # when, no church's name
    ("she went to la casa de su mama", "casa"),  # a Spanish word, no name
    ("this is rosa from el salvador now", "salvador"),  # a country
    ("he died at peace, born and raised baptist", "baptist"),
    ("she lives in Japanese-American housing", "Japanese-American"),
    ("she is twenty from home and tired", "home"),
    ("victor twenty seven from the west side he works", "west"),  # a side of any town
    ("marisol thirty four from lonsdale cleans rooms", "cleans"),  # what she does there
    ("he lives on disability now", "disability"),
    ("Lives in Group Home on Elm.", "Group"),  # what the home is
    ("I am cambodian but I live in United Kingdom", "Kingdom"),  # a country
    ("Jane, 38, Single Mother, lives alone", "Mother"),
    ("session with the family today", "family"),
    ("my dad's ninety percent sure", "ninety"),
    ("we met at Johnson & Johnson Monday", "Monday"),
    ("she was sixteen at the time", "time"),  # an age, then when
    ("he drinks forty at home", "home"),
    ("twelve at night she cries", "night"),
    ("she was twenty at a party", "party"),
    ("NURSING NOTE, Night Shift: pt slept", "Night"),  # the heading's own words
    ("ED NOTE, PSYCH: consult", "PSYCH"),
    ("she drives a honda to work", "honda"),  # a car, no one's workplace
    ("he drives for ford on weekends", "ford"),
    ("mariela quince años at school", "quince"),  # a number, in Spanish
    ("I'm 95 percent sure", "95"),
])
def test_forms_the_twenty_sixth_stop_leaves(text: str, kept: str) -> None:
    assert all(kept not in value.split() for _, value in found(text))
