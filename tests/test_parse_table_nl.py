"""Dutch salary phrases: Netherlands (Indeed NL, Nationale Vacaturebank, werk.nl, Intermediair),
Flanders (VDAB, Jobat), news and surveys (CBS, Loonwijzer)."""

from __future__ import annotations

import pytest
from examples_helpers import NEG, NL, E, Example, N, P, check, table

BE = {"lang": "nl", "country": "BE"}

BOARDS = table(
    E("€ 3.500 - € 4.500 per maand", 3500, 4500, "EUR", "month", hints=NL),
    E("€3.200 - €4.100 bruto per maand", 3200, 4100, "EUR", "month", gross=True, hints=NL),
    E("€ 45.000 - € 55.000 per jaar", 45000, 55000, "EUR", "year", hints=NL),
    E("€ 14,50 per uur", "14.5", "14.5", "EUR", "hour", hints=NL),
    E("Salaris: €2.800 - €3.600 p/m", 2800, 3600, "EUR", "month", hints=NL),
    E("tot € 5.000 bruto per maand", None, 5000, "EUR", "month", gross=True, hints=NL),
    E("vanaf € 3.000 per maand", 3000, None, "EUR", "month", hints=NL),
    E("tussen de € 4.000 en € 5.500 bruto per maand", 4000, 5500, "EUR", "month", gross=True, hints=NL),
    E("€ 60k - € 70k", 60000, 70000, "EUR", "year", inferred=P, hints=NL),
    E("€ 3.750", 3750, 3750, "EUR", "month", inferred=P, hints=NL),
    E("€ 52.000", 52000, 52000, "EUR", "year", inferred=P, hints=NL),
    E("€ 2.900 - € 3.400 (schaal 8)", 2900, 3400, "EUR", "month", inferred=P, hints=NL),
    E("€ 4.200 bruto per maand excl. 8% vakantiegeld", 4200, 4200, "EUR", "month", gross=True, hints=NL),
    E("€ 550 per dag", 550, 550, "EUR", "day", hints=NL),
    E("€ 4.000 per maand + 13e maand", 4000, 4000, "EUR", "month", payments=13, hints=NL),
    E("€ 25 - € 30 per uur", 25, 30, "EUR", "hour", hints=NL),
    E("ca. € 3.000 netto per maand", 3000, 3000, "EUR", "month", approximate=True, gross=False, hints=NL),
    E("€ 72.000 op jaarbasis", 72000, 72000, "EUR", "year", hints=NL),
    E("max. € 4.800 bruto p/m", None, 4800, "EUR", "month", gross=True, hints=NL),
    E("minimaal €3.500 per maand", 3500, None, "EUR", "month", hints=NL),
    E("€ 3.000,- per maand", 3000, 3000, "EUR", "month", hints=NL),
    E("€ 20 - € 25 p/u", 20, 25, "EUR", "hour", hints=NL),
    E("€4.500 - €6.000 p.m.", 4500, 6000, "EUR", "month", hints=NL),
    E("€ 65.000 - € 80.000 bruto per jaar", 65000, 80000, "EUR", "year", gross=True, hints=NL),
    E("€ 18 bruto per uur", 18, 18, "EUR", "hour", gross=True, hints=NL),
    E("Salarisindicatie: € 3.300 - € 4.700", 3300, 4700, "EUR", "month", inferred=P, hints=NL),
    E("€ 3.100 - € 3.800 bruto/maand", 3100, 3800, "EUR", "month", gross=True, hints=BE),
    E("€ 2.500 netto per maand", 2500, 2500, "EUR", "month", gross=False, hints=BE),
    NEG("marktconform", NL),
    NEG("n.o.t.k.", NL),
    NEG("Salaris in overleg", NL),
    NEG("Aantrekkelijk salaris", BE),
    E("€ 3.200,- tot € 4.500,- bruto per maand", 3200, 4500, "EUR", "month", gross=True, hints=NL),
    E("Salaris: max € 5.800 bruto per maand", None, 5800, "EUR", "month", gross=True, hints=NL),
    E("€2,5k - €3k netto", 2500, 3000, "EUR", "month", gross=False, inferred=P, hints=NL),
    E("schaal 10: € 3.600 - € 5.400", 3600, 5400, "EUR", "month", inferred=P, hints=NL),
    E("€ 45k per jaar incl. vakantiegeld", 45000, 45000, "EUR", "year", hints=NL),
    E("€ 16,50 - € 18,00 per uur", "16.5", 18, "EUR", "hour", hints=NL),
    E("Middelgroot bedrijf, gemiddeld 40 uur, € 3.500 per maand", 3500, 3500, "EUR", "month", hints=NL),
    E("weekloon € 750", 750, 750, "EUR", "week", hints=NL),
    E("dagtarief € 600 excl. btw", 600, 600, "EUR", "day", hints=NL),
    E("€ 13,68 bruto per uur (38 uur per week)", "13.68", "13.68", "EUR", "hour", gross=True, hints=NL),
    E("ZZP: € 75 per uur / Loondienst: € 4.500 per maand", 75, 75, "EUR", "hour", hints=NL),
)  # fmt: skip

NEWS = table(
    E("het gemiddelde jaarsalaris bedraagt € 47.000", 47000, 47000, "EUR", "year", statistic="mean", hints=NL),
    E("het mediane inkomen was 43.000 euro per jaar", 43000, 43000, "EUR", "year", statistic="median", hints=NL),
    E("verdient gemiddeld 3.800 euro bruto per maand", 3800, 3800, "EUR", "month", gross=True, statistic="mean",
      hints=NL),
    E("het minimumloon stijgt naar € 14,06 per uur", "14.06", "14.06", "EUR", "hour", hints=NL),
    E("een salaris van ruim 200.000 euro", 200000, 200000, "EUR", "year", approximate=True, inferred=P,
      hints=NL),
    E("tussen de 1 en 2 miljoen euro per jaar", 1000000, 2000000, "EUR", "year", hints=NL),
    N("een investering van € 25 miljoen", NL),
    N("omzet van 3 miljoen euro", NL),
    N("budget van €50.000", NL),
    N("5 jaar ervaring", NL),
    N("", NL),
    E("Een data scientist verdient gemiddeld € 4.500 bruto per maand", 4500, 4500, "EUR", "month", gross=True,
      statistic="mean", hints=NL),
    E("een salaris van € 3.000 per maand", 3000, 3000, "EUR", "month", hints=NL),
    E("het minimumloon stijgt tot € 14,40 per uur", "14.40", "14.40", "EUR", "hour", hints=NL),
)  # fmt: skip


@pytest.mark.parametrize("example", BOARDS)
def test_job_boards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news_and_surveys(example: Example) -> None:
    check(example)
