"""Generate ``examples/job_ads.csv``: a few thousand job ads as boards publish them.

The ads are written for salarykit (no board was scraped): invented companies, real cities, and
salary strings in the formats each market's boards really use — "$75,000 - $85,000 a year",
"£30,000 - £35,000 per annum", "15-25K·13薪", "年収450万円～600万円", "연봉 3,500만원 ~ 4,500만원",
"Annuel de 40000,00 Euros à 50000,00 Euros sur 12 mois", "9 000–12 000 zł netto (+ VAT) / mies."…
Like a real scrape, the column repeats heavily (round figures, reposted ads), and holds empty
cells, "negotiable" markers and malformed values ("-1", "$", "DOE", truncated ranges).

The output is deterministic: the same seed gives the same file, byte for byte.

    python3 scripts/make_job_ads.py              # writes examples/job_ads.csv
    python3 scripts/make_job_ads.py --rows 500 --out /tmp/ads.csv
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import pathlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "examples" / "job_ads.csv"
SEED = 20250210
COLUMNS = ["ad_id", "posted", "title", "company", "city", "country", "lang", "salary"]

# Role -> multiplier of the market's typical professional salary, and whether boards tend to
# post it by the hour where hourly pay is common (US, GB, AU, CA).
ROLES: dict[str, tuple[float, bool]] = {
    "software_engineer": (1.35, False),
    "data_analyst": (1.0, False),
    "data_scientist": (1.45, False),
    "ml_engineer": (1.75, False),
    "product_manager": (1.55, False),
    "accountant": (0.95, False),
    "sales": (0.9, False),
    "customer_support": (0.65, True),
    "nurse": (0.9, True),
    "warehouse": (0.55, True),
}

TITLES: dict[str, dict[str, list[str]]] = {
    "en": {
        "software_engineer": ["Software Engineer", "Senior Software Engineer", "Backend Developer", "Full Stack Developer"],
        "data_analyst": ["Data Analyst", "Business Intelligence Analyst", "Junior Data Analyst"],
        "data_scientist": ["Data Scientist", "Senior Data Scientist"],
        "ml_engineer": ["Machine Learning Engineer", "AI Engineer", "NLP Engineer"],
        "product_manager": ["Product Manager", "Senior Product Owner"],
        "accountant": ["Accountant", "Assistant Accountant", "Payroll Officer"],
        "sales": ["Sales Executive", "Account Manager", "Business Development Representative"],
        "customer_support": ["Customer Service Advisor", "Customer Support Specialist", "Call Centre Agent"],
        "nurse": ["Registered Nurse", "Staff Nurse", "Healthcare Assistant"],
        "warehouse": ["Warehouse Operative", "Forklift Driver", "Picker Packer"],
    },
    "fr": {
        "software_engineer": ["Développeur Python (H/F)", "Ingénieur logiciel", "Développeur full stack"],
        "data_analyst": ["Data analyst (H/F)", "Chargé d'études statistiques"],
        "data_scientist": ["Data scientist", "Data scientist confirmé (H/F)"],
        "ml_engineer": ["Ingénieur en apprentissage automatique", "Ingénieur IA (H/F)"],
        "product_manager": ["Product manager", "Chef de produit digital"],
        "accountant": ["Comptable (H/F)", "Assistant comptable", "Gestionnaire de paie"],
        "sales": ["Commercial terrain (H/F)", "Chargé d'affaires"],
        "customer_support": ["Conseiller clientèle", "Téléconseiller (H/F)"],
        "nurse": ["Infirmier diplômé d'État (H/F)", "Aide-soignant"],
        "warehouse": ["Préparateur de commandes", "Cariste (H/F)", "Agent logistique"],
    },
    "de": {
        "software_engineer": ["Softwareentwickler (m/w/d)", "Senior Backend-Entwickler (m/w/d)"],
        "data_analyst": ["Data Analyst (m/w/d)", "BI-Analyst (m/w/d)"],
        "data_scientist": ["Data Scientist (m/w/d)"],
        "ml_engineer": ["Machine Learning Engineer (m/w/d)", "KI-Entwickler (m/w/d)"],
        "product_manager": ["Produktmanager (m/w/d)", "Product Owner (m/w/d)"],
        "accountant": ["Buchhalter (m/w/d)", "Finanzbuchhalter (m/w/d)"],
        "sales": ["Vertriebsmitarbeiter (m/w/d)", "Key Account Manager (m/w/d)"],
        "customer_support": ["Kundenberater (m/w/d)", "Mitarbeiter Kundenservice (m/w/d)"],
        "nurse": ["Pflegefachkraft (m/w/d)", "Gesundheits- und Krankenpfleger (m/w/d)"],
        "warehouse": ["Lagerhelfer (m/w/d)", "Staplerfahrer (m/w/d)", "Kommissionierer (m/w/d)"],
    },
    "es": {
        "software_engineer": ["Desarrollador/a Java", "Ingeniero/a de software", "Programador/a backend"],
        "data_analyst": ["Analista de datos", "Analista BI"],
        "data_scientist": ["Científico/a de datos"],
        "ml_engineer": ["Ingeniero/a de machine learning", "Ingeniero/a de IA"],
        "product_manager": ["Product manager", "Responsable de producto"],
        "accountant": ["Contable", "Técnico/a contable"],
        "sales": ["Comercial", "Ejecutivo/a de cuentas"],
        "customer_support": ["Teleoperador/a", "Agente de atención al cliente"],
        "nurse": ["Enfermero/a", "Técnico/a en cuidados de enfermería"],
        "warehouse": ["Mozo/a de almacén", "Carretillero/a", "Preparador/a de pedidos"],
    },
    "it": {
        "software_engineer": ["Sviluppatore software", "Sviluppatore backend senior"],
        "data_analyst": ["Data analyst", "Analista dati junior"],
        "data_scientist": ["Data scientist"],
        "ml_engineer": ["Machine learning engineer", "Ingegnere IA"],
        "product_manager": ["Product manager"],
        "accountant": ["Contabile", "Impiegato amministrativo contabile"],
        "sales": ["Agente di commercio", "Responsabile commerciale"],
        "customer_support": ["Operatore call center", "Addetto assistenza clienti"],
        "nurse": ["Infermiere", "Operatore socio sanitario"],
        "warehouse": ["Magazziniere", "Carrellista", "Addetto al picking"],
    },
    "nl": {
        "software_engineer": ["Software developer", "Medior Java developer"],
        "data_analyst": ["Data analist", "BI-specialist"],
        "data_scientist": ["Data scientist"],
        "ml_engineer": ["Machine learning engineer"],
        "product_manager": ["Product owner", "Productmanager"],
        "accountant": ["Boekhouder", "Financieel medewerker"],
        "sales": ["Accountmanager", "Verkoopadviseur"],
        "customer_support": ["Klantenservicemedewerker"],
        "nurse": ["Verpleegkundige", "Verzorgende IG"],
        "warehouse": ["Magazijnmedewerker", "Orderpicker", "Heftruckchauffeur"],
    },
    "pt": {
        "software_engineer": ["Desenvolvedor Python", "Engenheiro de software pleno", "Desenvolvedor full stack sênior"],
        "data_analyst": ["Analista de dados", "Analista de BI júnior"],
        "data_scientist": ["Cientista de dados"],
        "ml_engineer": ["Engenheiro de machine learning", "Engenheiro de IA"],
        "product_manager": ["Product manager", "Product owner"],
        "accountant": ["Analista contábil", "Assistente contábil"],
        "sales": ["Executivo de vendas", "Representante comercial"],
        "customer_support": ["Atendente de SAC", "Operador de telemarketing"],
        "nurse": ["Enfermeiro", "Técnico de enfermagem"],
        "warehouse": ["Auxiliar de logística", "Operador de empilhadeira", "Conferente"],
    },
    "pl": {
        "software_engineer": ["Programista Python", "Senior Java Developer", "Inżynier oprogramowania"],
        "data_analyst": ["Analityk danych", "Młodszy analityk BI"],
        "data_scientist": ["Data Scientist"],
        "ml_engineer": ["Machine Learning Engineer", "Inżynier AI"],
        "product_manager": ["Product Owner", "Product Manager"],
        "accountant": ["Księgowa / Księgowy", "Specjalista ds. płac"],
        "sales": ["Przedstawiciel handlowy", "Key Account Manager"],
        "customer_support": ["Konsultant ds. obsługi klienta", "Specjalista ds. obsługi klienta"],
        "nurse": ["Pielęgniarka / Pielęgniarz", "Opiekun medyczny"],
        "warehouse": ["Magazynier", "Operator wózka widłowego", "Pracownik magazynu"],
    },
    "ru": {
        "software_engineer": ["Python-разработчик", "Ведущий backend-разработчик"],
        "data_analyst": ["Аналитик данных", "BI-аналитик"],
        "data_scientist": ["Data Scientist"],
        "ml_engineer": ["ML-инженер", "Инженер по машинному обучению"],
        "product_manager": ["Продакт-менеджер"],
        "accountant": ["Бухгалтер", "Главный бухгалтер"],
        "sales": ["Менеджер по продажам"],
        "customer_support": ["Оператор колл-центра", "Специалист службы поддержки"],
        "nurse": ["Медицинская сестра"],
        "warehouse": ["Кладовщик", "Комплектовщик", "Водитель погрузчика"],
    },
    "zh": {
        "software_engineer": ["Python开发工程师", "Java高级工程师", "后端开发工程师", "前端开发工程师"],
        "data_analyst": ["数据分析师", "商业分析师"],
        "data_scientist": ["数据科学家", "算法工程师"],
        "ml_engineer": ["机器学习工程师", "NLP算法工程师", "大模型算法工程师", "深度学习研究员"],
        "product_manager": ["产品经理", "AI产品经理"],
        "accountant": ["会计", "财务专员"],
        "sales": ["销售代表", "大客户经理"],
        "customer_support": ["客服专员", "电话客服"],
        "nurse": ["护士", "护理员"],
        "warehouse": ["仓库管理员", "叉车司机", "分拣员"],
    },
    "ja": {
        "software_engineer": ["ソフトウェアエンジニア", "バックエンドエンジニア", "Webアプリケーション開発"],
        "data_analyst": ["データアナリスト"],
        "data_scientist": ["データサイエンティスト"],
        "ml_engineer": ["機械学習エンジニア", "AIエンジニア"],
        "product_manager": ["プロダクトマネージャー"],
        "accountant": ["経理スタッフ", "経理・財務"],
        "sales": ["法人営業", "営業職"],
        "customer_support": ["カスタマーサポート", "コールセンタースタッフ"],
        "nurse": ["看護師", "介護職員"],
        "warehouse": ["倉庫内軽作業", "フォークリフトオペレーター", "ピッキングスタッフ"],
    },
    "ko": {
        "software_engineer": ["백엔드 개발자", "소프트웨어 엔지니어", "프론트엔드 개발자"],
        "data_analyst": ["데이터 분석가"],
        "data_scientist": ["데이터 사이언티스트"],
        "ml_engineer": ["머신러닝 엔지니어", "AI 연구원"],
        "product_manager": ["프로덕트 매니저", "서비스 기획자"],
        "accountant": ["회계 담당자", "재무회계"],
        "sales": ["영업 담당자", "기술영업"],
        "customer_support": ["고객상담원", "CS 매니저"],
        "nurse": ["간호사", "요양보호사"],
        "warehouse": ["물류센터 사원", "지게차 운전원"],
    },
}


# ----------------------------------------------------------------------- number writing
def group(value: float, sep: str = ",", decimals: int = 0, point: str = ".") -> str:
    """Write ``value`` with thousands grouped by ``sep`` and ``decimals`` decimals.

    >>> group(1234567), group(1234.5, " ", 2, ","), group(45000, ".")
    ('1,234,567', '1 234,50', '45.000')
    """
    text = f"{value:,.{decimals}f}"
    whole, _, frac = text.partition(".")
    whole = whole.replace(",", sep)
    return f"{whole}{point}{frac}" if decimals else whole


def indian(value: float) -> str:
    """Indian grouping (lakh, crore): the last three digits, then pairs.

    >>> indian(1200000), indian(25000), indian(999)
    ('12,00,000', '25,000', '999')
    """
    digits = str(round(value))
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    pairs: list[str] = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail])


def nice(value: float, step: float) -> float:
    """Round to the step boards use for a figure of that size (never to zero)."""
    return max(step, round(value / step) * step)


def k(value: float, decimals: int = 0) -> str:
    """Thousands with a K, trailing zeros dropped: ``k(48400, 1) == '48.4'``."""
    text = f"{value / 1000:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


# -------------------------------------------------------------------------- formats
# A format is a function (low_annual, high_annual, rng) -> salary string; it picks the period
# it writes in and converts the annual figures itself.
Format = Callable[[float, float, random.Random], str]


@dataclass
class Market:
    lang: str  # BCP 47 tag as the board is written
    country: str
    weight: int  # relative number of ads
    typical: float  # typical professional salary, local currency per year (rough 2024 level)
    floor: float  # about the statutory minimum wage for a full year (2024), so no ad pays less
    cities: list[str]
    companies: list[str]
    formats: list[tuple[int, Format]]  # weighted
    hourly: list[tuple[int, Format]] = field(default_factory=list)  # for hourly-paid roles
    negotiable: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # "not disclosed" markers of that board

    @property
    def titles(self) -> dict[str, list[str]]:
        return TITLES[self.lang.split("-")[0]]


def _pick(rng: random.Random, weighted: list[tuple[int, Format]]) -> Format:
    return rng.choices([f for _, f in weighted], weights=[w for w, _ in weighted])[0]


# --- United States (Indeed / Glassdoor style)
def us_year(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = nice(lo, 1000), nice(hi, 1000)
    tail = rng.choice(["", "", "Full-time", "Full-timeMonday to Friday", "Part-time +1", "Contract"])
    return f"${group(lo)} - ${group(hi)} a year{tail}"


def us_estimated(lo: float, hi: float, rng: random.Random) -> str:
    tail = rng.choice(["", "Full-time", "Full-time8 hour shift", "Full-timeMonday to Friday +1"])
    return f"Estimated ${k(nice(lo, 100), 1)}K - ${k(nice(hi, 100), 1)}K a year{tail}"


def us_k(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = nice(lo, 5000), nice(hi, 5000)
    return rng.choice(
        [f"${k(lo)}K-${k(hi)}K", f"${k(lo)}K - ${k(hi)}K (Glassdoor est.)", f"${k(lo)}k–{k(hi)}k"]
    )


def us_from(lo: float, hi: float, rng: random.Random) -> str:
    return rng.choice(
        [f"From ${group(nice(lo, 500))} a year", f"Up to ${group(nice(hi, 1000))} a year"]
    )


def us_hour(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = nice(lo / 2080, 0.5), nice(hi / 2080, 0.5)
    if hi <= lo:
        hi = lo + 2
    return rng.choice(
        [
            f"${lo:.2f} - ${hi:.2f} an hour",
            f"${lo:g} - ${hi:g} an hourPart-time",
            f"From ${lo:.2f} an hourFull-time",
            f"${lo:g}/hr",
        ]
    )


# --- United Kingdom
def gb_annum(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = nice(lo, 1000), nice(hi, 1000)
    return rng.choice(
        [
            f"£{group(lo)} - £{group(hi)} per annum",
            f"£{group(lo)} - £{group(hi)} a year",
            f"£{group(lo)} - £{group(hi)} per annum + benefits",
            f"£{k(lo)}k-£{k(hi)}k",
            f"£{k(lo)}k - £{k(hi)}k DOE",
            f"{group(lo)} - {group(hi)}/annum plus commission OTE {k(hi * 1.6)}k",
        ]
    )


def gb_single(lo: float, hi: float, rng: random.Random) -> str:
    return rng.choice(
        [f"Up to £{group(nice(hi, 1000))} a year", f"£{group(nice(lo, 500))} per annum"]
    )


def gb_day(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = nice(lo * 1.6 / 220, 25), nice(hi * 1.6 / 220, 25)
    return f"£{group(lo)} - £{group(max(hi, lo + 50))} per day"


def gb_hour(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = round(lo / 1950, 2), round(hi / 1950, 2)
    return rng.choice([f"£{lo:.2f} - £{hi:.2f} an hour", f"£{lo:.2f} per hour", f"£{lo:.2f}/hr"])


# --- India (lakh and crore)
def in_lacs(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = nice(lo / 1e5, 0.5), nice(hi / 1e5, 0.5)
    if hi <= lo:
        hi = lo + 1
    return rng.choice(
        [
            f"₹ {lo:g}-{hi:g} Lacs P.A.",
            f"{lo:g}-{hi:g} Lacs P.A.",
            f"₹{lo:g} LPA - ₹{hi:g} LPA",
            f"{lo:g}-{hi:g} LPA",
            f"₹{lo:g} - {hi:g} Lacs P.A. (Glassdoor est.)",
        ]
    )


def in_month(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = nice(lo / 12, 1000), nice(hi / 12, 1000)
    return rng.choice(
        [f"INR {indian(lo)} - INR {indian(hi)} a month", f"INR {indian(lo)} a month", f"₹{indian(lo)} - ₹{indian(hi)} a month"]
    )


def in_year(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = nice(lo, 10000), nice(hi, 10000)
    return rng.choice([f"INR {indian(lo)} - INR {indian(hi)} a year", f"₹{indian(lo)} - ₹{indian(hi)}"])


# --- Australia (Glassdoor AU; "$" is AUD there)
def au_k(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = nice(lo, 1000), nice(hi, 1000)
    return rng.choice(
        [
            f"${k(lo)}K - ${k(hi)}K (Glassdoor Est.)",
            f"Employer Provided Salary:${k(lo)}K - ${k(hi)}K",
            f"${group(lo)} - ${group(hi)} a year",
            f"${group(lo)} – ${group(hi)} per year + super",
        ]
    )


def au_hour(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = round(lo / 1976), round(hi / 1976)
    return rng.choice([f"Employer Provided Salary:${lo} - ${hi} Per Hour", f"${lo} - ${hi} an hour"])


# --- France (France Travail, HelloWork, Indeed FR)
def fr_travail(lo: float, hi: float, rng: random.Random) -> str:
    style = rng.random()
    if style < 0.5:
        lo, hi = nice(lo, 1000), nice(hi, 1000)
        dec = rng.choice([",00", ".0"])
        months = "sur 12 mois" if dec == ",00" else "sur 12.0 mois"
        if rng.random() < 0.2:
            return f"Annuel de {lo:.0f}{dec} Euros sur 12 mois"
        return f"Annuel de {lo:.0f}{dec} Euros à {hi:.0f}{dec} Euros {months}"
    lo, hi = nice(lo / 12, 50), nice(hi / 12, 50)
    n = rng.choice([12, 12, 12, 13])
    if rng.random() < 0.25:
        return f"Mensuel de {lo:.0f},00 Euros sur {n} mois"
    return f"Mensuel de {lo:.0f},00 Euros à {hi:.0f},00 Euros sur {n} mois"


def fr_board(lo: float, hi: float, rng: random.Random) -> str:
    nnbsp = "\u202f"
    if rng.random() < 0.5:
        lo, hi = nice(lo, 1000), nice(hi, 1000)
        return rng.choice(
            [
                f"{group(lo, nnbsp)} € - {group(hi, nnbsp)} € par an",
                f"{group(lo, ' ')} à {group(hi, ' ')} € brut annuel",
                f"{k(lo)}-{k(hi)} k€",
                f"{k(lo)} k€ - {k(hi)} k€ brut/an",
                f"Salaire : {k(lo)}K€ à {k(hi)}K€ selon profil",
            ]
        )
    lo, hi = nice(lo / 12, 10), nice(hi / 12, 10)
    return rng.choice(
        [
            f"{group(lo, nnbsp)} - {group(hi, nnbsp)} € / mois",
            f"{group(lo, nnbsp, 2, ',')} € / mois",
            f"À partir de {group(lo, ' ')} € brut mensuel",
            f"Rémunération : à partir de {group(lo, ' ')} € brut mensuel selon expérience",
            f"{group(lo, ' ')} € net par mois",
        ]
    )


def fr_hour(lo: float, hi: float, rng: random.Random) -> str:
    lo = max(11.65, round(lo / 1607, 2))
    hi = max(lo, round(hi / 1607, 2))
    return rng.choice(
        [f"Horaire de {lo:.2f} Euros sur 12 mois".replace(".", ","), f"Horaire de {lo:.2f} Euros à {hi:.2f} Euros sur 12 mois".replace(".", ","), f"{lo:.2f} € / heure".replace(".", ",")]
    )


# --- Germany
def de_board(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = nice(lo, 1000), nice(hi, 1000)
    if rng.random() < 0.3:
        mlo, mhi = nice(lo / 12, 100), nice(hi / 12, 100)
        return rng.choice(
            [f"{group(mlo, '.')} € - {group(mhi, '.')} € brutto/Monat", f"ab {group(mlo, '.')} € brutto im Monat"]
        )
    return rng.choice(
        [
            f"{group(lo, '.')} € - {group(hi, '.')} € brutto/Jahr",
            f"{group(lo, '.')} – {group(hi, '.')} € pro Jahr",
            f"ab {group(lo, '.')} € p.a.",
            f"bis zu {group(hi, '.')} EUR jährlich",
            f"{k(lo)}–{k(hi)} Tsd. € p.a.",
            f"{k(lo)}.000 - {k(hi)}.000 EUR brutto jährlich",
        ]
    )


def de_hour(lo: float, hi: float, rng: random.Random) -> str:
    lo = max(12.82, round(lo / 1700, 2))
    return f"{group(lo, '.', 2, ',')} € pro Stunde"


# --- Spain / Italy / Netherlands (euro area, dot grouping)
def es_board(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = nice(lo, 1000), nice(hi, 1000)
    if rng.random() < 0.3:
        return f"{group(nice(lo / 14, 50), '.')} € brutos/mes, 14 pagas"
    return rng.choice(
        [
            f"{group(lo, '.')} € - {group(hi, '.')} € Bruto/año",
            f"Salario: {group(lo, '.')} - {group(hi, '.')} € brutos anuales",
            f"€{k(lo)}-{k(hi)}k",
            f"Retribución: {group(nice(lo / 12, 50), '.')} € brutos/mes",
        ]
    )


def it_board(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = nice(lo, 1000), nice(hi, 1000)
    return rng.choice(
        [
            f"RAL {group(lo, '.')} - {group(hi, '.')} €",
            f"{group(lo, '.')} € - {group(hi, '.')} € all'anno",
            f"Retribuzione: {group(nice(lo / 13, 50), '.')} € netti al mese",
            f"{k(lo)}-{k(hi)}k € lordi annui",
        ]
    )


def nl_board(lo: float, hi: float, rng: random.Random) -> str:
    mlo, mhi = nice(lo / 12.96, 50), nice(hi / 12.96, 50)  # 12 months + 8 % holiday pay
    return rng.choice(
        [
            f"€ {group(mlo, '.')} - € {group(mhi, '.')} per maand",
            f"€{group(mlo, '.')} tot €{group(mhi, '.')} bruto per maand",
            f"€ {group(nice(lo, 1000), '.')} - € {group(nice(hi, 1000), '.')} per jaar",
        ]
    )


# --- China (Boss直聘, 51job, 拉勾)
def cn_k(lo: float, hi: float, rng: random.Random) -> str:
    n = rng.choice([12, 12, 13, 13, 14, 15, 16])
    mlo, mhi = max(3, round(lo / n / 1000)), max(4, round(hi / n / 1000))
    if mhi <= mlo:
        mhi = mlo + rng.choice([2, 3, 5])
    base = f"{mlo}-{mhi}K"
    if rng.random() < 0.15:
        base = base.lower()
    return base if n == 12 else f"{base}·{n}薪"


def cn_wan(lo: float, hi: float, rng: random.Random) -> str:
    if rng.random() < 0.4:
        return f"{round(lo / 10000)}-{max(round(hi / 10000), round(lo / 10000) + 5)}万/年"
    mlo, mhi = round(lo / 12 / 1000) / 10, round(hi / 12 / 1000) / 10
    if mhi <= mlo:
        mhi = mlo + 0.5
    return rng.choice([f"{mlo:g}-{mhi:g}万/月", f"{mlo:g}-{mhi:g}万", f"{round(mlo * 10)}-{round(mhi * 10)}千/月"])


def cn_phrase(lo: float, hi: float, rng: random.Random) -> str:
    m = nice(lo / 12, 500)
    return rng.choice(
        [
            f"月薪{group(m, '', 0)}元",
            f"{group(m, '')}-{group(nice(hi / 12, 500), '')}元/月",
            f"年薪{round(lo / 10000)}万以上",
            f"底薪{group(nice(m / 2, 500), '')}加提成",
            "面议",
        ]
    )


def cn_day(lo: float, hi: float, rng: random.Random) -> str:
    d = nice(lo / 12 / 21.75, 50)
    return f"{d:.0f}-{d + rng.choice([50, 100, 150]):.0f}元/天"


# --- Japan (求人ボックス, doda)
def jp_board(lo: float, hi: float, rng: random.Random) -> str:
    if rng.random() < 0.55:
        lo, hi = nice(lo / 10000, 10), nice(hi / 10000, 10)
        return rng.choice([f"年収{lo:.0f}万円～{hi:.0f}万円", f"年収{lo:.0f}万円～", f"年収{lo:.0f}万円～{hi:.0f}万円（経験・能力を考慮）"])
    mlo = nice(lo / 12 / 1.25, 500)  # part paid as bonuses
    mhi = nice(hi / 12 / 1.25, 10000)
    man, rest = divmod(int(mlo), 10000)
    low_text = f"{man}万{group(rest, ',')}円" if rest else f"{man}万円"
    return rng.choice(
        [f"月給{low_text}～{int(mhi // 10000)}万円", f"月給{low_text}～", f"月給{low_text}"]
    )


def jp_hour(lo: float, hi: float, rng: random.Random) -> str:
    h = max(1050, nice(lo / 1900, 50))
    return rng.choice([f"時給{group(h)}円～", f"時給{group(h)}円～{group(h + 300)}円"])


# --- Korea (사람인, 잡코리아)
def kr_board(lo: float, hi: float, rng: random.Random) -> str:
    lo, hi = nice(lo / 10000, 100), nice(hi / 10000, 100)
    if rng.random() < 0.25:
        return f"월급 {round(lo / 12 / 10) * 10:.0f}만원"
    return rng.choice(
        [
            f"연봉 {group(lo)}만원 ~ {group(hi)}만원",
            f"{group(lo)}~{group(hi)}만원",
            f"연봉 {group(lo, '')}만원 이상",
            "회사내규에 따름",
            "면접 후 결정",
        ]
    )


def kr_hour(lo: float, hi: float, rng: random.Random) -> str:
    return f"시급 {group(max(10030, nice(lo / 2090, 10)))}원"


# --- Poland (pracuj.pl, nofluffjobs, justjoin)
def pl_board(lo: float, hi: float, rng: random.Random) -> str:
    mlo, mhi = nice(lo / 12, 100), nice(hi / 12, 100)
    nb = "\u00a0"
    return rng.choice(
        [
            f"{group(mlo, ' ')}  – {group(mhi, ' ')}  PLN",
            f"{group(mlo, ' ')} – {group(mhi, ' ')} zł brutto / mies.",
            f"{group(mlo, nb)}–{group(mhi, nb)} zł netto (+ VAT) / mies.",
            f"{group(mlo, ' ')} zł brutto / mies.",
            f"{group(mlo, ' ')} - {group(mhi, ' ')} PLN",
            f"{group(nice(mlo / 160, 5), ' ')}–{group(nice(mhi / 160, 5), ' ')} zł netto (+ VAT) / godz.",
        ]
    )


# --- Brazil (Catho, Vagas, Gupy)
def br_board(lo: float, hi: float, rng: random.Random) -> str:
    mlo, mhi = nice(lo / 13.33, 100), nice(hi / 13.33, 100)  # 13th salary + vacation third
    return rng.choice(
        [
            f"R$ {group(mlo, '.', 2, ',')} a R$ {group(mhi, '.', 2, ',')}",
            f"R$ {group(mlo, '.', 2, ',')}",
            f"De R$ {group(mlo, '.')} a R$ {group(mhi, '.')} por mês",
            f"Acima de R$ {group(mlo, '.')}",
            f"Remuneração anual de até R$ {round(hi / 1000)} mil",
        ]
    )


# --- Russia (hh.ru)
def ru_board(lo: float, hi: float, rng: random.Random) -> str:
    mlo, mhi = nice(lo / 12, 5000), nice(hi / 12, 5000)
    nb = "\u00a0"
    return rng.choice(
        [
            f"от {group(mlo, nb)} до {group(mhi, nb)} ₽ на руки",
            f"от {group(mlo, ' ')} ₽ до вычета налогов",
            f"до {group(mhi, ' ')} руб.",
            f"Зарплата от {group(mlo, ' ')} до {group(mhi, ' ')} ₽ в месяц",
        ]
    )


MALFORMED = ["-1", "0", "$", "N/A", "n/a", "TBD", "See description", "€", "1", "<b></b>", "£", "???", "Salary:", "-"]

MARKETS: list[Market] = [
    Market(
        "en-US", "US", 22, 72000, 15080,
        ["New York, NY", "San Francisco, CA", "Austin, TX", "Chicago, IL", "Seattle, WA", "Atlanta, GA", "Denver, CO", "Boston, MA", "Remote"],
        ["Bluefield Logistics", "Harbor & Finch Health", "Quarry Labs", "Northpoint Analytics", "Tallgrass Insurance", "Copperline Retail"],
        [(5, us_year), (4, us_estimated), (3, us_k), (2, us_from)],
        [(1, us_hour)],
        ["Competitive", "Negotiable", "Competitive salary + benefits"],
        ["", "", "", "Not provided", "DOE"],
    ),
    Market(
        "en-GB", "GB", 12, 38000, 23000,
        ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol", "Edinburgh", "Cardiff"],
        ["Thistle & Oak Ltd", "Brightwater Care", "Kestrel Systems", "Millbank Accountancy", "Greyfriars Retail"],
        [(6, gb_annum), (2, gb_single), (1, gb_day)],
        [(1, gb_hour)],
        ["Competitive", "Negotiable", "Competitive salary"],
        ["", "", "Not specified"],
    ),
    Market(
        "en-IN", "IN", 10, 700000, 180000,
        ["Bengaluru", "Hyderabad", "Pune", "Chennai", "Gurugram", "Mumbai", "Noida"],
        ["Saffron Softech", "Vistara Analytics Pvt Ltd", "Neelgiri Health", "Trident BPO Services"],
        [(4, in_lacs), (3, in_month), (2, in_year)],
        [],
        ["Not disclosed", "Negotiable", "Best in industry"],
        ["", "Not disclosed", "Not Disclosed"],
    ),
    Market(
        "en-AU", "AU", 4, 90000, 47000,
        ["Sydney NSW", "Melbourne VIC", "Brisbane QLD", "Perth WA", "Adelaide SA"],
        ["Wattle Data Co", "Southern Cross Care", "Outback Freight", "Coral Reef Digital"],
        [(1, au_k)],
        [(1, au_hour)],
        ["Competitive"],
        [""],
    ),
    Market(
        "fr", "FR", 14, 40000, 21200,
        ["Paris (75)", "Lyon (69)", "Toulouse (31)", "Nantes (44)", "Lille (59)", "Bordeaux (33)", "Marseille (13)"],
        ["Groupe Ardoise", "Lumière Conseil", "Transports Belleville", "Clinique des Tilleuls", "Atelier Numérique Garonne"],
        [(5, fr_travail), (5, fr_board)],
        [(1, fr_hour)],
        ["Selon profil", "À négocier", "Salaire selon expérience"],
        ["", "", "Non renseigné"],
    ),
    Market(
        "de", "DE", 8, 55000, 25000,
        ["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Stuttgart", "Leipzig"],
        ["Falkenberg Technik GmbH", "Nordlicht Logistik GmbH", "Klinikum am Auwald", "Datenwerk Süd AG"],
        [(1, de_board)],
        [(1, de_hour)],
        ["Attraktive Vergütung", "nach Vereinbarung", "Verhandlungssache"],
        ["", "", ""],
    ),
    Market(
        "es", "ES", 5, 30000, 15900,
        ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao"],
        ["Grupo Alborada", "Logística Meseta S.L.", "Clínica San Telmo", "Datos del Sur S.A."],
        [(1, es_board)],
        [],
        ["A convenir", "Salario a negociar", "Según valía"],
        ["", "", "No disponible"],
    ),
    Market(
        "it", "IT", 3, 32000, 18000,
        ["Milano", "Roma", "Torino", "Bologna", "Napoli"],
        ["Gruppo Levante S.p.A.", "Officine Dati Srl", "Casa di Cura Villa Aurora"],
        [(1, it_board)],
        [],
        ["Da concordare", "Commisurata all'esperienza"],
        ["", ""],
    ),
    Market(
        "nl", "NL", 3, 48000, 26000,
        ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Den Haag"],
        ["Polderdata B.V.", "Grachtenzorg", "Havenlogistiek Rijnmond B.V."],
        [(1, nl_board)],
        [],
        ["Marktconform", "In overleg"],
        ["", ""],
    ),
    Market(
        "zh", "CN", 16, 180000, 30000,
        ["北京", "上海", "深圳", "杭州", "广州", "成都", "武汉"],
        ["星河数据科技", "蓝海智能", "云帆软件", "启明医疗", "远航物流", "千帆互动"],
        [(6, cn_k), (3, cn_wan), (2, cn_phrase)],
        [(1, cn_day)],
        ["面议", "薪资面议"],
        ["", "", "-1"],
    ),
    Market(
        "ja", "JP", 7, 5000000, 2100000,
        ["東京都港区", "東京都渋谷区", "大阪府大阪市", "愛知県名古屋市", "福岡県福岡市", "神奈川県横浜市"],
        ["株式会社ミライ技研", "株式会社あおば物流", "さくら医療法人", "株式会社データノーツ"],
        [(1, jp_board)],
        [(1, jp_hour)],
        ["応相談", "経験・能力を考慮の上、決定いたします"],
        ["", "公開していません"],
    ),
    Market(
        "ko", "KR", 5, 45000000, 25000000,
        ["서울 강남구", "서울 마포구", "경기 성남시", "부산 해운대구", "대전 유성구"],
        ["(주)새벽소프트", "한결물류(주)", "푸른병원", "(주)데이터누리"],
        [(1, kr_board)],
        [(1, kr_hour)],
        ["회사내규에 따름", "면접 후 결정"],
        ["", ""],
    ),
    Market(
        "pl", "PL", 6, 120000, 51000,
        ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź"],
        ["Wisła Software Sp. z o.o.", "Bursztyn Logistyka", "Centrum Medyczne Sosnowa", "DataKraft S.A."],
        [(1, pl_board)],
        [],
        ["Wynagrodzenie do negocjacji"],
        ["", "Sprawdź wynagrodzenie"],
    ),
    Market(
        "pt-BR", "BR", 6, 72000, 18400,
        ["São Paulo, SP", "Rio de Janeiro, RJ", "Belo Horizonte, MG", "Curitiba, PR", "Recife, PE", "Porto Alegre, RS"],
        ["Ipê Tecnologia", "Transportes Cerrado Ltda", "Hospital Santa Clara", "Jabuticaba Digital"],
        [(1, br_board)],
        [],
        ["A combinar", "Salário a combinar"],
        ["", "", "Não informado"],
    ),
    Market(
        "ru", "RU", 2, 1200000, 230000,
        ["Москва", "Санкт-Петербург", "Новосибирск", "Казань"],
        ["ООО «Северный код»", "АО «ТехноЛес»", "ООО «Логистика Волга»"],
        [(1, ru_board)],
        [],
        ["з/п не указана", "По договорённости"],
        [""],
    ),
]


def _posted(rng: random.Random) -> dt.date:
    """A posting date between January 2024 and June 2025 (weekdays only, as boards post)."""
    start = dt.date(2024, 1, 1)
    while True:
        day = start + dt.timedelta(days=rng.randrange(547))
        if day.weekday() < 5:
            return day


def salary_string(market: Market, role: str, rng: random.Random) -> str:
    """One salary cell as the market's boards would write it for ``role``."""
    draw = rng.random()
    if draw < 0.10:
        return rng.choice(market.missing or [""])
    if draw < 0.15:
        return rng.choice(market.negotiable or [""])
    if draw < 0.17:
        return rng.choice(MALFORMED)
    multiplier, hourly_role = ROLES[role]
    centre = max(market.floor * 1.05, market.typical * multiplier * rng.lognormvariate(0, 0.18))
    spread = rng.choice([0.1, 0.15, 0.2, 0.25, 0.3])
    lo, hi = centre * (1 - spread / 2), centre * (1 + spread / 2)
    if hourly_role and market.hourly and rng.random() < 0.6:
        fmt = _pick(rng, market.hourly)
    else:
        fmt = _pick(rng, market.formats)
    text = fmt(lo, hi, rng)
    if rng.random() < 0.01:  # truncated by the scraper
        text = text[: max(2, len(text) // 2)]
    return text


def make_ads(rows: int, seed: int = SEED) -> list[dict[str, str]]:
    """``rows`` ads; about 6 % are reposts of an earlier ad (same text, new date and id)."""
    rng = random.Random(seed)
    weights = [m.weight for m in MARKETS]
    ads: list[dict[str, str]] = []
    while len(ads) < rows:
        if ads and rng.random() < 0.06:
            ad = dict(rng.choice(ads))
            ad["posted"] = (dt.date.fromisoformat(ad["posted"]) + dt.timedelta(days=rng.choice([7, 14, 30]))).isoformat()
        else:
            market = rng.choices(MARKETS, weights=weights)[0]
            role = rng.choice(list(ROLES))
            ad = {
                "posted": _posted(rng).isoformat(),
                "title": rng.choice(market.titles[role]),
                "company": rng.choice(market.companies),
                "city": rng.choice(market.cities),
                "country": market.country,
                "lang": market.lang,
                "salary": salary_string(market, role, rng),
            }
        ad["ad_id"] = f"ad-{len(ads) + 1:05d}"
        ads.append(ad)
    return ads


def write_csv(ads: list[dict[str, str]], out: pathlib.Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(ads)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=3000, help="number of ads (default 3000)")
    parser.add_argument("--seed", type=int, default=SEED, help="random seed")
    parser.add_argument("--out", type=pathlib.Path, default=DEFAULT_OUT, help="output CSV")
    args = parser.parse_args(argv)
    ads = make_ads(args.rows, args.seed)
    write_csv(ads, args.out)
    distinct = len({a["salary"] for a in ads})
    print(f"wrote {len(ads)} ads ({distinct} distinct salary strings) to {args.out}")


if __name__ == "__main__":
    main()
