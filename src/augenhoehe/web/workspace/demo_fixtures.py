"""Hand-written demo content: a Jobcenter with two teams and plans in every state."""

from __future__ import annotations

from datetime import date, timedelta

from augenhoehe.domain.dates import add_months
from augenhoehe.domain.plan import (
    Author,
    CooperationPlan,
    ObstacleField,
    PotentialAnalysis,
    Section,
    StepOwner,
)
from augenhoehe.web.workspace.demo import DemoCase, DemoTeam, sample_step

JC = Section.UNTERSTUETZUNG_JOBCENTER
OTHER = Section.UNTERSTUETZUNG_ANDERE

PEOPLE = [
    ("Aylin", "Demir"), ("Jonas", "Becker"), ("Olena", "Kovalenko"), ("Mehmet", "Yilmaz"),
    ("Sabine", "Krüger"), ("Ahmad", "Haidari"), ("Lena", "Schulz"), ("Tomasz", "Nowak"),
    ("Fatima", "El-Amrani"), ("Peter", "Hoffmann"), ("Maria", "Lange"), ("Dragan", "Petrović"),
    ("Nadia", "Rahimi"), ("Kevin", "Wagner"), ("Elif", "Aksoy"), ("Jürgen", "Weiß"),
    ("Svetlana", "Ivanova"), ("Marco", "Rossi"), ("Hanna", "Schröder"), ("Yusuf", "Kaya"),
    ("Claudia", "Meier"), ("Samir", "Haddad"), ("Anna", "Zielińska"), ("Thomas", "Braun"),
]


def _pa(day: date, i: int) -> PotentialAnalysis:
    variants = [
        PotentialAnalysis("Zuverlässig, Erfahrung im Verkauf, gute Deutschkenntnisse.",
                          {ObstacleField.CARE: "Zwei Kinder (2 und 5 Jahre), noch kein Kita-Platz."},
                          "Ich möchte wieder im Einzelhandel arbeiten, am liebsten vormittags.", day),
        PotentialAnalysis("Abgeschlossene Ausbildung als Elektriker in der Ukraine, handwerklich geschickt.",
                          {ObstacleField.LANGUAGE: "Deutsch auf Niveau A2.",
                           ObstacleField.QUALIFICATION: "Abschluss noch nicht anerkannt."},
                          "Ich will in meinem Beruf arbeiten und besser Deutsch lernen.", day),
        PotentialAnalysis("Führerschein Klasse B, körperlich belastbar, pünktlich.",
                          {ObstacleField.DEBTS: "Schulden, Kontakt zur Schuldnerberatung gewünscht."},
                          "Lagerarbeit ist okay, aber ich will einen festen Vertrag.", day),
        PotentialAnalysis("Pflegeerfahrung aus der Familie, einfühlsam, geduldig.",
                          {ObstacleField.HEALTH: "Rückenschmerzen, ärztliche Abklärung läuft."},
                          "Ich möchte gern in der Pflege arbeiten, wenn der Rücken mitmacht.", day),
    ]
    return variants[i % len(variants)]


def _plan(day: date, i: int) -> CooperationPlan:
    review = add_months(day, 6) if i % 5 else add_months(day, 4)
    variants = [
        CooperationPlan(
            goal="Verkäuferin im Einzelhandel in Teilzeit (vormittags)", goal_author=Author.CLIENT,
            interim_goal="Ein Kita-Platz für den jüngeren Sohn bis zum Frühjahr",
            steps=[
                sample_step("Sie melden sich beim Kita-Portal der Stadt an", due_date=day + timedelta(days=14),
                            author=Author.CLIENT),
                sample_step("Sie bewerben sich bei Drogerie- und Supermärkten in Ihrer Nähe",
                            frequency="zwei Bewerbungen im Monat"),
                sample_step("Wir übernehmen die Kosten für Bewerbungsfotos und Porto", StepOwner.JOBCENTER, JC),
                sample_step("Wir schicken Ihnen passende Stellen für Teilzeit am Vormittag",
                            StepOwner.JOBCENTER, JC, frequency="alle zwei Wochen"),
            ],
            other_notes="Frau Demir kann nur vormittags Termine wahrnehmen.", plan_date=day,
            review_date=review,
            content_slots={"eigenbemuehungen": "Zwei Bewerbungen im Monat, Nachweis durch eine kurze Liste."}),
        CooperationPlan(
            goal="Elektroniker für Energie- und Gebäudetechnik", goal_author=Author.CLIENT,
            interim_goal="Anerkennung des Berufsabschlusses und Deutsch B1",
            steps=[
                sample_step("Sie gehen zur Anerkennungsberatung des IQ-Netzwerks",
                            due_date=day + timedelta(days=30)),
                sample_step("Sie besuchen den Integrationskurs bis zur B1-Prüfung", frequency="fünfmal pro Woche"),
                sample_step("Wir prüfen die Übernahme der Kosten für Übersetzungen der Zeugnisse",
                            StepOwner.JOBCENTER, JC, due_date=day + timedelta(days=21)),
                sample_step("Die Anerkennungsstelle der Handwerkskammer prüft den Abschluss",
                            StepOwner.OTHER_AGENCY, OTHER),
            ],
            plan_date=day, review_date=review,
            content_slots={"sprachkurs": "Integrationskurs ab dem nächsten Monat."}),
        CooperationPlan(
            goal="Fachkraft für Lagerlogistik mit festem Vertrag",
            interim_goal="Staplerschein machen",
            steps=[
                sample_step("Sie machen den Staplerschein beim Bildungsträger", due_date=day + timedelta(days=45)),
                sample_step("Wir geben Ihnen einen Bildungsgutschein für den Staplerschein",
                            StepOwner.JOBCENTER, JC, due_date=day + timedelta(days=7)),
                sample_step("Sie vereinbaren einen Termin bei der Schuldnerberatung der Caritas",
                            due_date=day + timedelta(days=30), author=Author.CLIENT),
            ],
            plan_date=day, review_date=review),
        CooperationPlan(
            goal="Pflegehelferin in einem Seniorenheim", goal_author=Author.CLIENT,
            interim_goal="Klären, welche Arbeit der Rücken erlaubt",
            steps=[
                sample_step("Sie lassen den Rücken von Ihrer Hausärztin untersuchen",
                            due_date=day + timedelta(days=21)),
                sample_step("Wir beauftragen ein Gutachten beim Ärztlichen Dienst",
                            StepOwner.JOBCENTER, JC, due_date=day + timedelta(days=14)),
                sample_step("Wir besprechen gemeinsam das Ergebnis des Gutachtens", StepOwner.BOTH,
                            due_date=day + timedelta(days=60)),
            ],
            plan_date=day, review_date=review, content_slots={"reha": "Reha-Bedarf wird nach dem Gutachten geklärt."}),
    ]
    return variants[i % len(variants)]


def demo_teams(today: date) -> list[DemoTeam]:
    """Two teams of three caseworkers; every plan state appears at least once."""
    stages = ["agreed", "draft", "reviewed", "continued", "none", "deferred", "agreed", "agreed"]
    teams = [
        DemoTeam("Nord", ("tl.nord", "Birgit", "Hansen"),
                 [("fk.nord1", "Stefan", "Vogel"), ("fk.nord2", "Ayşe", "Öztürk"),
                  ("fk.nord3", "Julia", "Richter")]),
        DemoTeam("Süd", ("tl.sued", "Frank", "Neumann"),
                 [("fk.sued1", "Katrin", "Fischer"), ("fk.sued2", "Michael", "Klein"),
                  ("fk.sued3", "Leonie", "Wolf")]),
    ]
    i = 0
    for team in teams:
        for _ in team.caseworkers:
            cases = []
            for _ in range(4):
                first, last = PEOPLE[i % len(PEOPLE)]
                stage = stages[i % len(stages)]
                months_back = {"reviewed": 7, "continued": 7, "agreed": 2 + i % 5}.get(stage, 1)
                day = add_months(today, -months_back)
                cases.append(DemoCase(
                    first, last, _pa(day - timedelta(days=10), i), _plan(day, i), stage,
                    login=f"kunde{i + 1}" if i < 6 else "",
                    defer_reason="Akute familiäre Krise; erst stabilisieren, dann gemeinsam planen."
                    if stage == "deferred" else "",
                    summons_step=1 if i == 6 else None))
                i += 1
            team.cases.append(cases)
    return teams
