"""Japanese salary phrases: boards (求人ボックス, Indeed JP, doda, マイナビ転職, リクナビNEXT,
バイトル, タウンワーク), news and surveys (国税庁 民間給与実態統計調査, doda 平均年収)."""

from __future__ import annotations

import pytest
from examples_helpers import JP, NEG, E, Example, N, P, check, table

JA = {"lang": "ja"}

BOARDS = table(
    E("月給21万7,500円", 217500, 217500, "JPY", "month", hints=JP),
    E("月給22万円～", 220000, None, "JPY", "month", hints=JP),
    E("年収600万円～1,200万円", 6000000, 12000000, "JPY", "year", hints=JP),
    E("年収400万～600万円", 4000000, 6000000, "JPY", "year", hints=JP),
    E("時給1,200円～1,500円", 1200, 1500, "JPY", "hour", hints=JP),
    E("時給1200円", 1200, 1200, "JPY", "hour", hints=JP),
    E("日給1万円", 10000, 10000, "JPY", "day", hints=JP),
    E("月給25万円以上", 250000, None, "JPY", "month", hints=JP),
    E("年収1000万円以上", 10000000, None, "JPY", "year", hints=JP),
    E("月給20万円〜30万円", 200000, 300000, "JPY", "month", hints=JP),
    E("年俸制 500万円～800万円", 5000000, 8000000, "JPY", "year", hints=JP),
    E("月給 280,000円～350,000円", 280000, 350000, "JPY", "month", hints=JP),
    E("¥4,000,000 - ¥6,000,000", 4000000, 6000000, "JPY", "year", inferred=P, hints=JP),
    E("22万円～", 220000, None, "JPY", "month", inferred=P, hints=JP),
    E("想定年収 550万円～850万円", 5500000, 8500000, "JPY", "year", hints=JP),
    E("年収：800万円〜1,500万円（経験・能力を考慮します）", 8000000, 15000000, "JPY", "year", hints=JP),
    E("時給1,100円以上", 1100, None, "JPY", "hour", hints=JP),
    E("月収30万円以上可能", 300000, None, "JPY", "month", hints=JP),
    E("初任給 月給23万円", 230000, 230000, "JPY", "month", hints=JP),
    E("日給8,000円～12,000円", 8000, 12000, "JPY", "day", hints=JP),
    E("月給18.5万円～25万円", 185000, 250000, "JPY", "month", hints=JP),
    E("週給5万円", 50000, 50000, "JPY", "week", hints=JP),
    E("月給２５万円", 250000, 250000, "JPY", "month", hints=JP),
    E("時給 1,300円～（研修期間中は1,200円）", 1300, None, "JPY", "hour", hints=JP),
    E("月給 30万円～40万円 ※経験・能力を考慮します", 300000, 400000, "JPY", "month", hints=JP),
    E("年収 700万円～", 7000000, None, "JPY", "year", hints=JP),
    E("月給2,000米ドル", 2000, 2000, "USD", "month", hints=JP),
    E("時給￥1,050", 1050, 1050, "JPY", "hour", hints=JP),
    E("年収700-900万円", 7000000, 9000000, "JPY", "year", hints=JP),
    E("月給26万円（固定残業代含む）", 260000, 260000, "JPY", "month", hints=JP),
    E("日給 1.2万円～1.5万円", 12000, 15000, "JPY", "day", hints=JP),
    E("月額50万円", 500000, 500000, "JPY", "month", hints=JP),
    E("年収2千万円", 20000000, 20000000, "JPY", "year", hints=JP),
    E("月給 ¥250,000", 250000, 250000, "JPY", "month", hints=JP),
    E("年収 450万円", 4500000, 4500000, "JPY", "year", hints=JA),
    NEG("応相談", JP),
    NEG("当社規定により優遇", JP),
    N("公開していません", JP),
    E("月給 25万円 ～ 35万円", 250000, 350000, "JPY", "month", hints=JP),
    E("年収 5,000,000円 ～ 7,000,000円", 5000000, 7000000, "JPY", "year", hints=JP),
    E("時給 1,500円 〜 2,000円 ※研修期間あり", 1500, 2000, "JPY", "hour", hints=JP),
    E("月給30万円以上（経験・能力により優遇）", 300000, None, "JPY", "month", hints=JP),
    E("年俸 1,200万円", 12000000, 12000000, "JPY", "year", hints=JP),
    E("日給 12,000円～", 12000, None, "JPY", "day", hints=JP),
    E("月給 25.5万円～", 255000, None, "JPY", "month", hints=JP),
    E("時給1,200円（22時以降1,500円）", 1200, 1200, "JPY", "hour", hints=JP),
    E("月給 ¥300,000 〜", 300000, None, "JPY", "month", hints=JP),
    E("時給千円以上", 1000, None, "JPY", "hour", hints=JP),
    E("月給二十万円", 200000, 200000, "JPY", "month", hints=JP),
    E("年収1千万円以上", 10000000, None, "JPY", "year", hints=JP),
    # a yearly salary paid in 14 instalments (12 months + 2 bonuses)
    E("年俸600万円（14分割）", 6000000, 6000000, "JPY", "year", payments=14, hints=JP),
    E("月給23万円以上＋賞与年2回", 230000, None, "JPY", "month", hints=JP),
    E("月給25万円（残業代別途支給、昇給年1回）", 250000, 250000, "JPY", "month", hints=JP),
)  # fmt: skip

NEWS = table(
    E("平均年収は458万円", 4580000, 4580000, "JPY", "year", statistic="mean", hints=JP),
    E("年収の中央値は396万円", 3960000, 3960000, "JPY", "year", statistic="median", hints=JP),
    E("年収1億円", 100000000, 100000000, "JPY", "year", hints=JP),
    E("平均月収は約33万円", 330000, 330000, "JPY", "month", approximate=True, statistic="mean", hints=JP),
    E("年収は最大3,000万円", None, 30000000, "JPY", "year", hints=JP),
    N("資金調達 10億円", JP),
    N("売上高 50億円", JP),
    N("予算300万円", JP),
    N("経験3年以上", JP),
    N("", JP),
)  # fmt: skip


@pytest.mark.parametrize("example", BOARDS)
def test_job_boards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news_and_surveys(example: Example) -> None:
    check(example)
