"""Clinical words that look like identifiers but are not: drugs, scales, therapies, eponyms.

Recognizers consult these before calling a capitalised word a name or a place, and before
calling a code an identifier.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sealnote.boundary import gazetteers

MEDICATIONS = frozenset("""
abilify adderall alprazolam ambien amitriptyline amlodipine amphetamine antabuse aripiprazole
atenolol ativan atomoxetine bupropion buprenorphine buspar buspirone carbamazepine celexa
chlordiazepoxide citalopram clonazepam clonidine clozapine clozaril concerta cymbalta depakote
desvenlafaxine dexmethylphenidate dextroamphetamine diazepam disulfiram divalproex doxepin
duloxetine effexor elvanse escitalopram eszopiclone fluoxetine fluvoxamine focalin gabapentin
geodon guanfacine haldol haloperidol hydroxyzine ibuprofen imipramine intuniv klonopin lamictal
lamotrigine latuda levothyroxine lexapro librium lisdexamfetamine lisinopril lithium lorazepam
lurasidone luvox melatonin metformin methadone methylphenidate metoprolol mirtazapine naloxone
naltrexone narcan nortriptyline olanzapine ozempic paroxetine paxil prazosin pregabalin pristiq
propranolol prozac quetiapine remeron risperdal risperidone ritalin semaglutide seroquel
sertraline sildenafil strattera suboxone sublocade tegretol topamax topiramate trazodone
trintellix valium venlafaxine vivitrol vortioxetine vraylar vyvanse wellbutrin xanax zaleplon
ziprasidone zoloft zolpidem zyprexa cariprazine brexpiprazole rexulti spravato esketamine
ketamine nicotine acetaminophen tylenol advil aspirin insulin prednisone atorvastatin lipitor
simvastatin rosuvastatin crestor pravastatin losartan valsartan hydrochlorothiazide furosemide
lasix spironolactone carvedilol warfarin coumadin apixaban eliquis rivaroxaban xarelto
dabigatran clopidogrel plavix heparin enoxaparin lovenox metformin glipizide sitagliptin
januvia empagliflozin jardiance dapagliflozin farxiga liraglutide victoza dulaglutide trulicity
tirzepatide mounjaro wegovy lantus humalog omeprazole prilosec pantoprazole protonix
esomeprazole nexium famotidine ranitidine ondansetron zofran amoxicillin augmentin azithromycin
zithromax doxycycline ciprofloxacin levofloxacin cephalexin keflex nitrofurantoin macrobid
sulfamethoxazole bactrim clindamycin vancomycin paxlovid remdesivir tamiflu oseltamivir
albuterol ventolin fluticasone flonase montelukast singulair budesonide symbicort advair
cetirizine zyrtec loratadine claritin diphenhydramine benadryl methotrexate humira adalimumab
enbrel etanercept remicade infliximab keytruda pembrolizumab tamoxifen letrozole levothyroxine
synthroid allopurinol colchicine tramadol oxycodone hydrocodone morphine fentanyl codeine
naproxen aleve meloxicam celecoxib celebrex cyclobenzaprine baclofen tizanidine sumatriptan
imitrex estradiol progesterone testosterone finasteride tamsulosin flomax donepezil aricept
memantine namenda levetiracetam keppra phenytoin valproate oxcarbazepine trileptal
hydroxychloroquine digoxin amiodarone diltiazem verapamil nifedipine hydralazine isosorbide
nitroglycerin potassium magnesium vitamin
dilaudid hydromorphone lopressor toprol zosyn piperacillin tazobactam vanco unasyn ampicillin
rocephin ceftriaxone cefepime cefazolin ancef meropenem flagyl metronidazole levaquin cipro
zyvox linezolid daptomycin fluconazole diflucan acyclovir valacyclovir valtrex pepcid colace
docusate senna senokot miralax dulcolax bisacodyl lactulose kcl neurontin lyrica coreg norvasc
cozaar diovan zestril vasotec enalapril bumex bumetanide torsemide aldactone imdur isordil
lanoxin cardizem restoril temazepam percocet vicodin norco oxycontin dilantin solumedrol
methylprednisolone medrol decadron dexamethasone hydrocortisone atrovent ipratropium combivent
duoneb spiriva tiotropium flovent xopenex levophed norepinephrine neosynephrine phenylephrine
vasopressin dopamine dobutamine epinephrine propofol diprivan versed midazolam precedex
dexmedetomidine succinylcholine rocuronium vecuronium nimbex reglan metoclopramide phenergan
promethazine compazine prochlorperazine novolog levemir glucophage glyburide actos
epipen proair nuvaring nicoderm nicorette dayquil nyquil golytely flexpen kwikpen solostar
pioglitazone tamsulosin proscar ditropan oxybutynin toradol ketorolac dexilant carafate
sucralfate cellcept tacrolimus prograf cyclosporine imuran azathioprine plaquenil keflex
invega sustenna trinza hafyera paliperidone aristada maintena consta perseris uzedy rykindo
relprevv brixadi caplyta lumateperone auvelity zurzuvae zuranolone qelbree viloxazine
jornay azstarys dayvigo belsomra quviviq lybalvi cobenfy nuplazid ingrezza austedo
""".split())

THERAPY_TERMS = frozenset("""
exiles managers firefighters protectors unburdening polyvagal vagal ventral dorsal
cbt dbt act ifs emdr erp pe cpt mi mbct mbsr tf-cbt cft eft gottman ipt sfbt narrative tipp
suds dear man give fast wise mind stop please abc accepts improve radical acceptance socratic
psychoeducation exposure defusion mindfulness self-compassion schema gestalt psychodynamic
person-centred person-centered rogerian adlerian bowen satir minuchin structural strategic
sandtray play motivational interviewing hierarchy behavioural behavioral activation cognitive
restructuring thought record safety plan grounding bilateral stimulation desensitization
reprocessing
interoceptive imaginal vivo habituation neurofeedback biofeedback dialectical
""".split())

SCALES = frozenset("""
phq phq-9 phq-2 gad gad-7 pcl pcl-5 c-ssrs cssrs bdi bdi-ii bai audit audit-c dast dast-10
ybocs y-bocs mdq asrs moca mmse ace aces oci cage ham-a ham-d hamd madrs ors srs whodas cgi gaf
epds k10 k6 pss des des-ii caps caps-5 scared vanderbilt conners
""".split())

# Eponyms that are rarely anyone's surname: never names.
EPONYMS = frozenset("""
alzheimer parkinson asperger tourette huntington crohn hodgkin non-hodgkin linehan gottman
bowlby ainsworth freud jung winnicott kohut maslow erikson piaget vygotsky skinner pavlov
bandura seligman kabat-zinn meichenbaum yalom perls satir minuchin korsakoff wernicke tarasoff
addison cushing hashimoto kawasaki marfan raynaud sjogren sjögren guillain barré barre babinski
chaddock framingham gleason apgar kaposi burkitt ewing wilms meniere ménière tay-sachs
creutzfeldt jakob lewy paget peyronie osgood schlatter perthes dupuytren charcot klinefelter
noonan prader willi angelman rett munchausen capgras cotard kluver bucy ganser clerambault
clérambault ekbom nyhan epstein-barr lyme heimlich valsalva trendelenburg romberg kernig
brudzinski mcburney homans caprini centor mcisaac beck mallampati
""".split())

# Words after a surname that make it an eponym rather than a person: "Graves' disease",
# "Bell's palsy", "Wilson's disease", "Barrett esophagus", "Wells score".
EPONYM_NOUNS = frozenset("""
syndrome disease disorder sign signs reflex score scale criteria test palsy phenomenon effect
esophagus thyroiditis sarcoma lymphoma ulcer law rule maneuver manoeuvre procedure method
classification staging technique therapy model inventory questionnaire screen screening
protocol
""".split())

SUPPORT_GROUPS = frozenset("""
aa na ca ga oa al-anon alateen smart recovery celebrate nami dbsa grasp
""".split())

# Words that look like names or places in notes and almost never are.
CLINICAL_WORDS = frozenset("""
iop php snf ltac ltach alf osh ect tms bio copay copays coinsurance deductible preauth para
mckinney-vento geri-psych geripsych icwa covid covid-19 sars-cov-2 coronavirus
client patient clinician therapist counselor counsellor psychiatrist psychologist doctor nurse
prn bid tid qid qhs qd po im iv mg mcg ml dx rx hx tx sx fx pt si hi avh ah vh subjective
objective assessment plan data behavior behaviour intervention response goal problem evaluation
intake discharge session progress note soap dap birp girp pie mse denies reports endorses
presents appears affect mood euthymic dysthymic anxious depressed ptsd ocd adhd asd gad mdd bpd
sud aud oud ocpd npd aspd bipolar schizophrenia dsm dsm-5 dsm-5-tr icd icd-10 icd-11 medicaid
medicare masshealth medi-cal tenncare badgercare soonercare hipaa ferpa iep mom dad mum mommy
daddy grandma grandpa nana papa monday tuesday wednesday thursday friday saturday sunday mondays
tuesdays wednesdays thursdays fridays saturdays sundays icu ccu
micu sicu nicu picu pacu cicu nad cr creat hgb hct wbc rbc plt bun cl hco3 ast alt alp ggt bili
tbili tsh ft4 lft bmp cmp cbc inr ptt esr crp bnp trop ldl hdl a1c hba1c abg vbg cxr ekg ecg tte
tee lvef hpi ros pmh psh dispo npo spo2 bipap cpap diuresed diuresis rhogam glucola foley tmax
tmin prbc ffp picc preop postop periop intraop afebrile normocephalic atraumatic nontender
nondistended anicteric diaphoretic tachycardic bradycardic tachypneic euvolemic hypervolemic
hypovolemic normotensive hypotensive ambulating afib aflutter sob mri ct bp hr rr wk wks mo mos
yr yrs hrs mins asa atorva neuropsych neuro psych ortho peds onc heme endo pulm nephro derm
rheum uro obgyn ob-gyn chf copd cad htn hld dm dm2 t2dm ckd esrd cva tia dvt pe uti ams gerd osa
nstemi stemi acs mi hf hfref hfpef pna sbo gib ugib lgib dka etoh aki ards prescriber callback
medrec nacl hypervigilant hypervigilance hyperarousal
209a 51a 51b
""".split())

# Endings of medical words that almost no given name or surname in the Census lists has:
# procedures, findings, inflammations and drug classes ("cholecystectomy", "hyperkalemia",
# "cellulitis", "creatinine", "amlodipine"; not the Lithuanian "-aitis").
MEDICAL_ENDING = re.compile(
    r"(?:ectomy|otomy|ostomy|plasty|scopy|graphy|pathy|algia|penia|cytosis|megaly|ectasia|"
    r"plegia|paresis|trophy|lysis|kalemia|natremia|glycemia|lipidemia|calcemia|mab|tinib|olol|"
    r"sartan|statin|azole|mycin|cillin|cycline|floxacin|prazole|tidine|dipine|azepam|zolam|"
    r"triptyline|inine|(?<!a)itis|.{4}osis)$")

# Nouns that take a number ("Suite (95)", "Route 101, 3"): the number beside them is no age.
NUMBERED_THINGS = frozenset("""
suite room unit box apt apartment route rte exit highway hwy interstate floor page chapter bed
ward step level grade score week day station gate building lot pier dock session section
group class team
""".split())

# Specialties and kinds of care: "Cardiology Clinic", "PSYCHIATRIC CENTER", "Urgent Care" name
# a service any hospital has, not a place.
CARE_SETTINGS = frozenset("""
cardiology cardiac oncology psychiatry psychiatric pediatric pediatrics surgical surgery neurology
neurological orthopedic orthopedics dermatology radiology urology gastroenterology gi pulmonary
pulmonology endocrinology endocrine nephrology rheumatology obstetrics gynecology primary family
internal emergency urgent mental behavioral community outpatient inpatient addiction wellness
counseling rehabilitation dental eye women's children's geriatric geriatrics hematology
infectious diabetes sleep pain wound vascular heart cancer kidney spine sports physical
occupational speech
""".split())

# Holidays: "at Christmas" is a time, though there are towns and people called Christmas.
HOLIDAYS = frozenset("""
Christmas Easter Thanksgiving Halloween Hanukkah Passover Ramadan Eid Diwali Kwanzaa Shabbat
Sabbath Lent Advent Purim Sukkot Nowruz Juneteenth
""".split())

# Platforms and services everyone uses: naming one identifies nobody.
EVERYDAY_NAMES = frozenset("""
instagram facebook tiktok snapchat twitter youtube reddit discord whatsapp telegram signal
zoom teams facetime skype google gmail amazon netflix hulu spotify uber lyft doordash venmo
paypal zelle tinder bumble hinge grindr linkedin iphone android xbox playstation nintendo
fortnite roblox minecraft walmart target costco starbucks mcdonalds
honda toyota nissan subaru hyundai mazda chevy chevrolet volkswagen bmw audi lexus acura jeep
tesla camry corolla altima sentra prius rav4 elantra tacoma silverado wrangler
medtronic dexcom resmed omnipod insulet biotronik headspace betterhelp talkspace daylio
mychart goodrx webmd wifi powerpoint youtube cashapp gofundme airbnb onlyfans crossfit
myfitnesspal grubhub instacart ubereats
""".split())
# Public programs and the services' branches, the same for everyone in them
PUBLIC_PROGRAMS = frozenset("""
ssdi ssi snap wic tanf ebt liheap marine marines army navy
""".split())

NOT_IDENTIFIERS = (EVERYDAY_NAMES | MEDICATIONS | THERAPY_TERMS | SCALES | EPONYMS | SUPPORT_GROUPS
                   | CLINICAL_WORDS | PUBLIC_PROGRAMS)

# Codes that look like ids: ICD-10 (F33.1), scale names with a number (PHQ-9, GAD-7, PCL-5).
ICD10 = re.compile(r"^[A-TV-Z][0-9][0-9AB](?:\.[0-9A-TV-Z]{1,4})?$")
SCALE_CODE = re.compile(r"^(?:" + "|".join(re.escape(s) for s in sorted(SCALES, key=len,
                                                                         reverse=True))
                        + r")(?:-?\d{1,2})?$", re.IGNORECASE)
DSM_CODE = re.compile(r"^F\d{2}\.\d{1,3}$")
# Obstetric shorthand: gestational age "28w2d", gravida/para "G2P1".
OBSTETRIC = re.compile(r"^(?:\d{1,2}w\d?d?|G\d{1,2}P\d{1,4})$", re.IGNORECASE)
# Billing codes for a service, the same for every client: psychiatric CPT (90785-90899) and
# office visits (99202-99499).
SERVICE_CODE = re.compile(r"^(?:90[78]\d\d|99[2-4]\d\d)$")
# Ranges of readings: "80s-90s", "the 120s".
DECADES = re.compile(r"^\d{1,2}0s(?:-\d{1,2}0s)?$|^\d{2,3}-\d{2,3}0?s$")


# Short mixed-case abbreviations ("AFib", "HbA1c", "VASc"); longer ones are names ("PeoplesBank").
# Spinal levels: "L3-L4", "C5", "T12-L1".
SPINAL_LEVEL = re.compile(r"^[CTLS]\d{1,2}(?:-[CTLS]?\d{1,2})?$")
MIXED_CASE = re.compile(r"^(?=.{2,7}$)(?!(?:Mc|Mac|O'|O’|De|Di|Da|La|Le|Van|Von|St)[A-Z][a-z]+$)"
                        r"(?:[A-Za-z]*[a-z][A-Z]|[A-Z]{2,}[a-z]+[A-Z0-9]|[A-Z]{2,}[a-z]$)")


@lru_cache(maxsize=100_000)
def is_clinical_word(word: str) -> bool:
    """True for drugs, therapies, scales, eponyms, groups, note vocabulary and mixed-case
    abbreviations (AFib, HbA1c, HFrEF) and their plurals (LFTs), which are never names."""
    lowered = word.lower().removesuffix("'s").removesuffix("’s")
    if lowered in NOT_IDENTIFIERS or word.lower() in NOT_IDENTIFIERS or \
            MEDICAL_ENDING.search(lowered) or SPINAL_LEVEL.match(word):
        return True
    # "JoAnn" and "MaryAnn" are mixed case too, but they are in the name lists.
    return bool(MIXED_CASE.match(word)) and lowered not in gazetteers.first_names() and \
        lowered not in gazetteers.surnames()


def is_care_word(word: str) -> bool:
    """A clinical word that is not also a business everyone knows: beside a workplace, "the
    Nissan plant" or "the Walmart on Route 6" name a place, "the MRI done at…" does not."""
    return is_clinical_word(word) and word.lower() not in EVERYDAY_NAMES


def is_clinical_code(code: str) -> bool:
    """True for ICD-10 codes, scale names that carry a number, obstetric shorthand, ranges of
    readings and service codes."""
    bare = code.strip("#:()[].,")
    return bool(ICD10.match(bare) or SCALE_CODE.match(bare) or DSM_CODE.match(bare)
                or OBSTETRIC.match(bare) or DECADES.match(bare) or SERVICE_CODE.match(bare))
