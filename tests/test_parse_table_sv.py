"""Swedish salary phrases: boards (Platsbanken, Indeed SE, Blocket Jobb), Finland-Swedish ads,
news and statistics (SCB lönestrukturstatistik). A bare amount on a Swedish board is monthly."""

from __future__ import annotations

import pytest
from examples_helpers import NEG, SE, E, Example, N, P, check, table

FI = {"lang": "sv", "country": "FI"}

BOARDS = table(
    E("35 000 kr/mån", 35000, 35000, "SEK", "month", hints=SE),
    E("Lön: 32 000 - 38 000 kr per månad", 32000, 38000, "SEK", "month", hints=SE),
    E("Fast månadslön 40 000 kr", 40000, 40000, "SEK", "month", hints=SE),
    E("160 kr/h", 160, 160, "SEK", "hour", hints=SE),
    E("Timlön 145 kr", 145, 145, "SEK", "hour", hints=SE),
    E("480 000 kr per år", 480000, 480000, "SEK", "year", hints=SE),
    E("Från 30 000 kr i månaden", 30000, None, "SEK", "month", hints=SE),
    E("Upp till 55 000 kr/mån", None, 55000, "SEK", "month", hints=SE),
    E("mellan 42 000 och 48 000 kronor i månaden", 42000, 48000, "SEK", "month", hints=SE),
    E("45 000:-", 45000, 45000, "SEK", "month", inferred=P, hints=SE),
    E("40-50k SEK/mån", 40000, 50000, "SEK", "month", hints=SE),
    E("550 tkr", 550000, 550000, "SEK", "year", inferred=P, hints=SE),
    E("Månadslön: 28 500 kr", 28500, 28500, "SEK", "month", hints=SE),
    E("38 000 kr", 38000, 38000, "SEK", "month", inferred=P, hints=SE),
    E("600 000 SEK", 600000, 600000, "SEK", "year", inferred=P, hints=SE),
    E("ca 45 000 kr i månaden", 45000, 45000, "SEK", "month", approximate=True, hints=SE),
    E("1 200 kr per dag", 1200, 1200, "SEK", "day", hints=SE),
    E("5 000 kr i veckan", 5000, 5000, "SEK", "week", hints=SE),
    E("35 000 kr brutto/mån", 35000, 35000, "SEK", "month", gross=True, hints=SE),
    E("25 000 kr efter skatt", 25000, 25000, "SEK", "month", gross=False, inferred=P, hints=SE),
    E("30 000 - 35 000 kr", 30000, 35000, "SEK", "month", inferred=P, hints=SE),
    E("Ingångslön 29 000 kr/mån", 29000, 29000, "SEK", "month", hints=SE),
    E("650 000 - 750 000 kr/år", 650000, 750000, "SEK", "year", hints=SE),
    E("från 180 kr/tim", 180, None, "SEK", "hour", hints=SE),
    E("Heltid · 34 000 kr/mån", 34000, 34000, "SEK", "month", hints=SE),
    E("€ 3 500 / mån", 3500, 3500, "EUR", "month", hints=FI),
    E("3 200 € i månaden", 3200, 3200, "EUR", "month", hints=FI),
    NEG("Enligt överenskommelse", SE),
    NEG("Individuell lönesättning", SE),
    NEG("Fast lön enligt överenskommelse", SE),
    NEG("Timlön enligt kollektivavtal", SE),
    E("45 000 - 55 000 SEK per månad", 45000, 55000, "SEK", "month", hints=SE),
    E("140-160 kr/timme", 140, 160, "SEK", "hour", hints=SE),
    E("Fast lön: 42 000 kr i månaden + bonus", 42000, 42000, "SEK", "month", hints=SE),
    E("mellan 30 och 40 tusen kronor i månaden", 30000, 40000, "SEK", "month", hints=SE),
    E("500 tkr/år", 500000, 500000, "SEK", "year", hints=SE),
    E("Medelstort företag söker lagerarbetare, 28 000 kr/mån", 28000, 28000, "SEK", "month", hints=SE),
    E("Veckolön 8 000 kr", 8000, 8000, "SEK", "week", hints=SE),
    E("Timlön 150–180 kr", 150, 180, "SEK", "hour", hints=SE),
    E("Heltid 40 tim/v, 32 000 kr/mån", 32000, 32000, "SEK", "month", hints=SE),
)  # fmt: skip

NEWS = table(
    E("medellönen var 39 700 kronor i månaden", 39700, 39700, "SEK", "month", statistic="mean", hints=SE),
    E("medianlönen låg på 37 200 kronor per månad", 37200, 37200, "SEK", "month", statistic="median", hints=SE),
    E("tjänar drygt 50 000 kronor i månaden", 50000, 50000, "SEK", "month", approximate=True, hints=SE),
    E("en årslön på 1,2 miljoner kronor", 1200000, 1200000, "SEK", "year", hints=SE),
    E("över 100 000 kr i månaden", 100000, None, "SEK", "month", hints=SE),
    N("en investering på 200 miljoner kronor", SE),
    N("omsättning på 50 mkr", SE),
    N("budget: 3 miljoner kr", SE),
    N("3 års erfarenhet", SE),
    N("", SE),
    E("En systemutvecklare tjänar i snitt 52 000 kronor i månaden", 52000, 52000, "SEK", "month", statistic="mean",
      hints=SE),
    E("lönen höjs till 30 000 kr i månaden", 30000, 30000, "SEK", "month", hints=SE),
    # "min" is "my", not English "min(imum)"; "min." is still a floor
    E("Min lön är 30 000 kr i månaden", 30000, 30000, "SEK", "month", hints=SE),
    E("min. 30 000 kr i månaden", 30000, None, "SEK", "month", hints=SE),
)  # fmt: skip


@pytest.mark.parametrize("example", BOARDS)
def test_job_boards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news_and_statistics(example: Example) -> None:
    check(example)
