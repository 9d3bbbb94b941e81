"""A deterministic synthetic corpus of NHS adverts in the layouts jobparse reads (never stored).

`python -m bench.corpus DIR --adverts 20000` writes DIR/0000.txt, DIR/0001.txt, ... with
ADVERTS_PER_FILE adverts each. The same seed gives the same bytes. Salaries are real scale
points (with HCAS where the advert says so), so validation exercises the pay rules as on real
adverts; the text is assembled from phrase banks written for this project. With `--long`, every
advert is real-length (5 to 12 KB, as a full NHS Jobs page): a job description of several
headed parts and a person specification, their sentences put together from parts so that no two
adverts share their text.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

from jobparse.payscales import load

ADVERTS_PER_FILE = 20
LAYOUTS = ("nhsjobs", "nhsjobs", "nhsjobs", "nhsjobs-employer-line", "trac", "findajob", "scotland")

TITLES = ("Staff Nurse", "Senior Occupational Therapist", "Healthcare Support Worker", "Physiotherapist",
          "Clinical Psychologist", "Pharmacy Technician", "Medical Secretary", "Ward Manager", "Porter",
          "Speech and Language Therapist", "Dietitian", "Paramedic", "Radiographer", "Midwife",
          "Mental Health Practitioner", "Clinical Coder", "Biomedical Scientist", "Housekeeper")  # fmt: skip
UNITS = ("Acute Medical Unit", "Emergency Department", "Community Team", "Stroke Unit", "Outpatients",
         "Renal Ward", "Children's Services", "Older Adults", "Theatres", "Rehabilitation")  # fmt: skip
PLACES = (("Riverside", "RV4 2AB"), ("Lowbridge", "LB4 7QT"), ("Ashcombe", "AS5 6TR"), ("Hartwell", "HT2 4BH"),
          ("Portmere", "PM1 2HS"), ("Kelby", "KB1 1DS"), ("Fernley", "FN5 5EH"), ("Glenton", "GL9 3WH"))  # fmt: skip
EMPLOYERS = ("{town} Hospitals NHS Trust", "{town} Community Health NHS Foundation Trust",
             "{town} and District NHS Trust", "{town} University Hospitals NHS Foundation Trust")  # fmt: skip
SUMMARY = (
    "We are looking for a motivated and caring professional to join our friendly team.",
    "You will work closely with colleagues across the multidisciplinary team (MDT) to deliver safe care.",
    "This is an exciting opportunity to develop your skills in a supportive environment.",
    "We offer a structured induction, regular supervision and funded training.",
    "Our service has grown over the last year and we are expanding the team.",
    "You will be supported by experienced senior staff and a dedicated practice educator.",
    "Flexible working requests will be considered in line with Trust policy.",
    "Applicants should have excellent communication skills and a commitment to patient care.",
)
DUTIES = (
    "Assess, plan, deliver and evaluate care for a caseload of patients.",
    "Maintain accurate and timely records in line with professional standards.",
    "Work collaboratively with the multidisciplinary team to plan discharges.",
    "Supervise and support junior staff, students and volunteers.",
    "Take part in audit, service improvement and clinical governance.",
    "Communicate sensitive information to patients, families and carers.",
    "Manage your own workload and prioritise competing demands.",
    "Contribute to the development of policies and procedures.",
    "Attend mandatory training and keep your skills up to date.",
    "Escalate concerns about patient safety promptly.",
    "Order equipment and supplies within the allocated budget.",
    "Provide teaching sessions to colleagues and students.",
)
ABOUT = (
    "{employer} provides services to around 500,000 people across the region.",
    "We are proud of our values: kindness, openness and respect.",
    "Our staff survey results put us among the best employers in the country.",
    "We offer generous annual leave, the NHS Pension Scheme and a cycle to work scheme.",
    "We welcome applications from all sections of the community.",
)
PERSON_SPEC = (
    "Person Specification\nQualifications\nEssential\n- Relevant professional registration.\n- Degree or equivalent.\n"
    "Desirable\n- Post-graduate qualification.\nExperience\nEssential\n- Experience in a similar setting.\n"
)


def _money(value: float) -> str:
    return f"£{round(value):,}"


def _salary(rng: random.Random, band: str, zone: str | None) -> str:
    year = load("england").years["2025-26"]
    points = year.bands[band]
    if zone is not None:
        points = tuple(point + year.hcas[zone].amount(point) for point in points)
    low, high = points[0], points[-1]
    text = f"{_money(low)} to {_money(high)} a year" if low != high else f"{_money(low)} a year"
    if zone is not None:
        text += rng.choice((" inclusive of High Cost Area allowance", " incl. HCAS", " including fringe HCAS"))
    if rng.random() < 0.15:
        text += " pro rata"
    return text


def _nhsjobs(rng: random.Random, n: int, employer_line: bool) -> str:
    town, postcode = rng.choice(PLACES)
    employer = rng.choice(EMPLOYERS).format(town=town)
    band = rng.choice(("2", "3", "4", "5", "6", "7", "8a"))
    zone = rng.choice((None, None, None, "fringe", "inner-london"))
    title = f"{rng.choice(TITLES)} - {rng.choice(UNITS)}"
    day = 1 + n % 27
    summary = " ".join(rng.sample(SUMMARY, k=rng.randint(3, 7)))
    duties = "\n".join(f"- {duty}" for duty in rng.sample(DUTIES, k=rng.randint(4, 11)))
    about = " ".join(line.format(employer=employer) for line in rng.sample(ABOUT, k=rng.randint(2, 5)))
    locations = "\n".join(f"{town} {kind}\n{rng.randint(1, 200)} Station Road\n{town}\n{postcode}" for kind in
                          rng.sample(("General Hospital", "Health Centre", "Clinic"), k=rng.randint(1, 2)))  # fmt: skip
    parts = [
        employer if employer_line else "",
        title,
        f"The closing date is {day} October 2025",
        "Job summary",
        summary,
        f"{summary} Please note that the start date for this post will be January 2026.",
        "Main duties of the job",
        duties,
        "About us",
        about,
        "Details",
        "Date posted", f"{day} September 2025",
        "Pay scheme", "Agenda for change",
        "Band", f"Band {band}",
        "Salary", _salary(rng, band, zone),
        "Contract", rng.choice(("Permanent", "Fixed term: 12 months", "Bank", "Secondment: 6 months")),
        "Working pattern", rng.choice(("Full-time", "Full-time, Part-time", "Part-time, Flexible working, Job share")),
        "Reference number", f"{rng.randint(100, 999)}-{rng.choice(('AC', 'RGH', 'CLI'))}{n:05d}",
        "Job locations", locations,
    ]  # fmt: skip
    if rng.random() < 0.5:
        parts += ["Job description", "Job responsibilities", " ".join(rng.sample(DUTIES, k=6)), PERSON_SPEC.rstrip()]
    parts += [
        "Employer details", "Employer name", employer, "Address", f"{town} General Hospital", f"{town}", postcode,
        "Employer's website", f"https://www.{town.lower()}.example.nhs.uk (Opens in a new tab)",
    ]  # fmt: skip
    return "\n".join(part for part in parts if part) + "\n"


def _trac(rng: random.Random, n: int) -> str:
    town, _ = rng.choice(PLACES)
    band = rng.choice(("3", "4", "5", "6", "7"))
    points = load("england").years["2025-26"].bands[band]
    return "\n".join([
        "Job summary",
        "Main area", rng.choice(UNITS),
        "Grade", f"NHS AfC: Band {band}",
        "Contract", "Permanent",
        "Hours", rng.choice(("Full time - 37.5 hours per week", "Part time - 22.5 hours per week")),
        "Job ref", f"{rng.randint(100, 999)}-TR-{n:07d}",
        "Employer", rng.choice(EMPLOYERS).format(town=town),
        "Site", f"{town} Community Hub",
        "Town", town,
        "Salary", f"{_money(points[0])} - {_money(points[-1])} per annum",
        "Salary period", "Yearly",
        "Closing", f"{1 + n % 27:02d}/10/2025 23:59",
        f"{rng.choice(TITLES)} - {rng.choice(UNITS)}",
        "Job overview", " ".join(rng.sample(SUMMARY, k=5)),
        "Main duties of the job", "\n".join(rng.sample(DUTIES, k=6)),
        "Working for our organisation", " ".join(rng.sample(ABOUT, k=3)).format(employer="The Trust"),
    ]) + "\n"  # fmt: skip


def _findajob(rng: random.Random, n: int) -> str:
    town, postcode = rng.choice(PLACES)
    points = load("england").years["2025-26"].bands["3"]
    return "\n".join([
        f"{rng.choice(TITLES)} - {town}",
        f"Posting date:\t{1 + n % 20} September 2025",
        f"Closing date:\t{1 + n % 27:02d}/10/2025",
        f"Salary:\t{_money(points[0])} to {_money(points[-1])} per year",
        "Hours:\tFull time",
        "Job type:\tPermanent",
        f"Company:\t{rng.choice(EMPLOYERS).format(town=town)}",
        f"Location:\t{town} Hospital, Station Road, {town}, {postcode}",
        f"Job reference:\tFJ-{n:06d}",
        "Summary",
        " ".join(rng.sample(SUMMARY, k=6)),
    ]) + "\n"  # fmt: skip


def _scotland(rng: random.Random, n: int) -> str:
    band = rng.choice(("5", "6", "7"))
    low, high = load("scotland").years["2025-26"].bands[band]
    return "\n".join([
        f"{rng.choice(TITLES)} - {rng.choice(UNITS)}",
        "NHS Glenmore Health Board",
        f"Band: Band {band} ({_money(low)} - {_money(high)})",
        "Hours: 37",
        "Contract: Permanent",
        f"Closing date: {1 + n % 27} October 2025",
        f"Reference: GLN/{n:06d}",
        "Location: Glenmore Royal Infirmary, Inverfyne, IV9 8GR",
        "Job description",
        " ".join(rng.sample(SUMMARY, k=6)),
    ]) + "\n"  # fmt: skip


# Parts of the job description's sentences: subject, verb phrase, object, and a closing clause.
_SUBJECTS = ("The post holder", "You", "The successful candidate", "The jobholder", "As a member of the team you",
             "Working with the team leader, you", "With support from senior colleagues, you")  # fmt: skip
_VERBS = ("will be responsible for", "will lead", "will contribute to", "will take part in", "will support",
          "will ensure the delivery of", "will help to develop", "will monitor and review", "will co-ordinate",
          "will promote", "will maintain", "will plan and deliver", "will evaluate", "will oversee")  # fmt: skip
_OBJECTS = ("the assessment and treatment of patients with complex needs", "high standards of clinical practice",
            "the induction of new starters and students", "audit and quality improvement projects",
            "the safe administration of medicines", "accurate electronic patient records",
            "care plans agreed with patients and their families", "the team's rota and annual leave",
            "training for healthcare support workers", "the reporting of incidents and near misses",
            "safeguarding procedures for adults and children", "infection prevention and control standards",
            "discharge planning with community partners", "the stock of equipment and consumables",
            "clinical supervision for junior colleagues", "service user feedback and complaints",
            "the department's governance meetings", "evidence-based guidelines and local policies")  # fmt: skip
_CLAUSES = ("in line with Trust policy", "across inpatient and community settings", "within the resources available",
            "as part of the multidisciplinary team", "to meet national standards", "on a day-to-day basis",
            "in partnership with patients and carers", "under the direction of the service lead",
            "while keeping up to date with developments in the field", "so that patients receive timely care",
            "and will escalate concerns where needed", "including at weekends when required")  # fmt: skip
_PARTS = ("Clinical", "Leadership and management", "Education and training", "Governance and quality",
          "Communication", "Research and development", "Professional", "Health and safety")  # fmt: skip
_CRITERIA = {
    "Qualifications": ("Registration with the relevant professional body", "Degree or diploma in a relevant subject",
                       "Evidence of continuing professional development", "Mentorship or practice assessor course",
                       "Post-registration qualification in the specialty", "Leadership or management course"),
    "Experience": ("Experience of working in a similar setting", "Experience of supervising staff",
                   "Experience of audit or service improvement", "Experience of multidisciplinary working",
                   "Experience of managing a caseload", "Experience of teaching students"),
    "Skills and abilities": ("Excellent written and verbal communication", "Ability to prioritise a busy workload",
                             "Good IT skills including electronic records", "Ability to work under pressure",
                             "Ability to use own initiative", "Sound clinical reasoning and judgement"),
    "Knowledge": ("Knowledge of current professional guidelines", "Understanding of safeguarding procedures",
                  "Knowledge of clinical governance", "Understanding of equality and diversity",
                  "Knowledge of relevant legislation", "Awareness of national health policy"),
}  # fmt: skip


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_CLAUSES)}."


def _long_description(rng: random.Random) -> str:
    """A job description of several headed parts and a person specification: 4 to 9 KB."""
    parts = ["Job description", "Job responsibilities"]
    for heading in rng.sample(_PARTS, k=rng.randint(4, 8)):
        parts.append(heading)
        for _ in range(rng.randint(1, 3)):
            parts.append(" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))))
    parts.append("This job description is not exhaustive and may be reviewed with the post holder.")
    parts.append("Person Specification")
    for group, criteria in _CRITERIA.items():
        parts.append(group)
        chosen = rng.sample(criteria, k=4)
        parts += [
            "Essential",
            *(f"- {item}" for item in chosen[:2]),
            "Desirable",
            *(f"- {item}" for item in chosen[2:]),
        ]
    parts += [
        "Disclosure and Barring Service Check",
        "This post is subject to the Rehabilitation of Offenders Act (Exceptions Order) 1975 and as such it will be "
        "necessary for a submission for Disclosure to be made to the Disclosure and Barring Service.",
        "Certificate of Sponsorship",
        "Applications from job seekers who require current Skilled worker sponsorship to work in the UK are welcome.",
    ]
    return "\n".join(parts)


def long_advert(rng: random.Random, n: int) -> str:
    """A real-length advert (5 to 12 KB): the NHS Jobs page with its whole job description."""
    text = _nhsjobs(rng, n, rng.random() < 0.4)
    cut = text.index("Employer details\n")
    # A page's description replaces the short one the bench advert may carry.
    head = text[:cut].split("Job description\n")[0]
    return f"{head}{_long_description(rng)}\n{text[cut:]}"


def advert(rng: random.Random, n: int) -> str:
    """One advert in one of the layouts (most in the NHS Jobs page layout, as in real dumps)."""
    layout = rng.choice(LAYOUTS)
    if layout == "trac":
        return _trac(rng, n)
    if layout == "findajob":
        return _findajob(rng, n)
    if layout == "scotland":
        return _scotland(rng, n)
    text = _nhsjobs(rng, n, layout == "nhsjobs-employer-line")
    if rng.random() < 0.1:
        text = text.replace("\n", "\r\n")  # files saved on Windows
    return text


def adverts(count: int, seed: int = 2025, long: bool = False) -> Iterator[str]:
    """`count` adverts, the same ones for the same seed (real-length ones with `long`)."""
    rng = random.Random(seed)
    make = long_advert if long else advert
    for n in range(count):
        yield make(rng, n)


def write_corpus(
    directory: Path, count: int, seed: int = 2025, per_file: int = ADVERTS_PER_FILE, long: bool = False
) -> tuple[int, int]:
    """Write the corpus as files of `per_file` adverts; (files, bytes) written."""
    directory.mkdir(parents=True, exist_ok=True)
    files = size = 0
    batch: list[str] = []
    for text in adverts(count, seed, long):
        batch.append(text)
        if len(batch) == per_file:
            size += _write(directory / f"{files:05d}.txt", batch)
            files += 1
            batch = []
    if batch:
        size += _write(directory / f"{files:05d}.txt", batch)
        files += 1
    return files, size


def _write(path: Path, batch: list[str]) -> int:
    data = "\n".join(batch).encode("utf-8")
    path.write_bytes(data)
    return len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--adverts", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--long", action="store_true", help="real-length adverts (5 to 12 KB)")
    parser.add_argument("--per-file", type=int, default=ADVERTS_PER_FILE, help="adverts a file (a dump: all of them)")
    args = parser.parse_args()
    files, size = write_corpus(args.directory, args.adverts, args.seed, args.per_file, long=args.long)
    print(f"{args.adverts:,} adverts in {files:,} files, {size / 1e6:.1f} MB, in {args.directory}")


if __name__ == "__main__":
    main()
