"""Korean salary phrases: boards (사람인, 잡코리아, 원티드, 알바몬, 알바천국), news and surveys
(고용노동부 임금 통계, 통계청)."""

from __future__ import annotations

import pytest
from examples_helpers import KR, NEG, C, E, Example, N, P, check, table

KO = {"lang": "ko"}

BOARDS = table(
    E("연봉 3,000~4,000만원", 30000000, 40000000, "KRW", "year", hints=KR),
    E("3,500~5,000만원", 35000000, 50000000, "KRW", "year", inferred=P, hints=KR),
    E("월급 250만원", 2500000, 2500000, "KRW", "month", hints=KR),
    E("시급 10,030원", 10030, 10030, "KRW", "hour", hints=KR),
    E("연봉 5000만원 이상", 50000000, None, "KRW", "year", hints=KR),
    E("회사내규에 따름", hints=KR, negotiable=True),
    E("연봉 1억 2천만원", 120000000, 120000000, "KRW", "year", hints=KR),
    E("연봉 1억원 이상", 100000000, None, "KRW", "year", hints=KR),
    E("일급 15만원", 150000, 150000, "KRW", "day", hints=KR),
    E("주급 60만원", 600000, 600000, "KRW", "week", hints=KR),
    E("세전 연봉 4,200만원", 42000000, 42000000, "KRW", "year", gross=True, hints=KR),
    E("세후 월급 280만원", 2800000, 2800000, "KRW", "month", gross=False, hints=KR),
    E("연봉 3천만원~4천만원", 30000000, 40000000, "KRW", "year", hints=KR),
    E("월급 200만 원", 2000000, 2000000, "KRW", "month", hints=KR),
    E("₩45,000,000", 45000000, 45000000, "KRW", "year", inferred=P, hints=KR),
    E("시급 12,000원 이상", 12000, None, "KRW", "hour", hints=KR),
    E("연봉 2,800만원 ~ 3,200만원", 28000000, 32000000, "KRW", "year", hints=KR),
    E("월급 250~300만원", 2500000, 3000000, "KRW", "month", hints=KR),
    E("연봉 6000만", 60000000, 60000000, "KRW", "year", inferred=C, hints=KR),
    E("시급 9,860원 (2024년 최저임금)", 9860, 9860, "KRW", "hour", hints=KR),
    E("월급 약 300만원", 3000000, 3000000, "KRW", "month", approximate=True, hints=KR),
    E("연봉 최대 8천만원", None, 80000000, "KRW", "year", hints=KR),
    E("일당 12만원", 120000, 120000, "KRW", "day", hints=KR),
    E("연봉 4,000만원 ~", 40000000, None, "KRW", "year", hints=KR),
    E("시급 11,000원~13,000원", 11000, 13000, "KRW", "hour", hints=KR),
    E("연봉 7,000만원 정도", 70000000, 70000000, "KRW", "year", approximate=True, hints=KR),
    E("월 300만원", 3000000, 3000000, "KRW", "month", hints=KR),
    E("연봉 $120,000", 120000, 120000, "USD", "year", hints=KR),
    E("월급 250만원 (수습기간 3개월 90%)", 2500000, 2500000, "KRW", "month", hints=KR),
    E("연봉 5,500만원", 55000000, 55000000, "KRW", "year", hints=KO),
    E("2,800만원", 28000000, 28000000, "KRW", "year", inferred=P, hints=KR),
    E("연봉 3,600만원 이하", None, 36000000, "KRW", "year", hints=KR),
    NEG("면접 후 결정", KR),
    NEG("추후 협의", KR),
    N("경력 3년 이상", KR),
    E("월 250만원 ~ 300만원", 2500000, 3000000, "KRW", "month", hints=KR),
    E("시급 10,030원 (주휴수당 별도)", 10030, 10030, "KRW", "hour", hints=KR),
    E("연봉 1억~1억5천만원", 100000000, 150000000, "KRW", "year", hints=KR),
    E("연봉 2억원", 200000000, 200000000, "KRW", "year", hints=KR),
    E("일급 13만원 ~ 15만원", 130000, 150000, "KRW", "day", hints=KR),
    # Sino-Korean numerals written in Hangul
    E("연봉 삼천만원", 30000000, 30000000, "KRW", "year", hints=KR),
    E("월 이백만원", 2000000, 2000000, "KRW", "month", hints=KR),
    # weekly hours after an hourly wage
    E("시급 10,030원 / 주 15시간", 10030, 10030, "KRW", "hour", hints=KR),
    E("월 300만원 (주5일)", 3000000, 3000000, "KRW", "month", hints=KR),
)  # fmt: skip

NEWS = table(
    E("평균 연봉 4,917만원", 49170000, 49170000, "KRW", "year", statistic="mean", hints=KR),
    E("중위 연봉은 3,600만원", 36000000, 36000000, "KRW", "year", statistic="median", hints=KR),
    E("대졸 신입 평균 월급은 약 280만원", 2800000, 2800000, "KRW", "month", approximate=True, statistic="mean",
      hints=KR),
    E("AI 개발자 연봉 최고 3억원", None, 300000000, "KRW", "year", hints=KR),
    N("투자 유치 100억원", KR),
    N("매출 50억원 달성", KR),
    N("시가총액 2조원", KR),
    N("", KR),
)  # fmt: skip


@pytest.mark.parametrize("example", BOARDS)
def test_job_boards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news_and_surveys(example: Example) -> None:
    check(example)
