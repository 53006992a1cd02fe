"""Chinese salary phrases, simplified and traditional: mainland boards (Boss直聘, 智联招聘,
前程无忧 51job, 拉勾, 猎聘), Taiwan (104人力銀行, 1111), Hong Kong (JobsDB, CTgoodjobs), news and
reports (国家统计局, 智联 quarterly reports)."""

from __future__ import annotations

import pytest
from examples_helpers import CN, NEG, PC, TW, C, E, Example, N, P, check, table

HK = {"lang": "zh", "country": "HK"}
ZH = {"lang": "zh"}

MAINLAND_BOARDS = table(
    E("15-25K·13薪", 15000, 25000, "CNY", "month", payments=13, inferred=PC, hints=CN),
    E("20-40K", 20000, 40000, "CNY", "month", inferred=PC, hints=CN),
    E("8-13K·15薪", 8000, 13000, "CNY", "month", payments=15, inferred=PC, hints=CN),
    E("2万-3万·14薪", 20000, 30000, "CNY", "month", payments=14, inferred=PC, hints=CN),
    E("1-1.5万", 10000, 15000, "CNY", "month", inferred=PC, hints=CN),
    E("1.2-2万/月", 12000, 20000, "CNY", "month", inferred=C, hints=CN),
    E("30-50万/年", 300000, 500000, "CNY", "year", inferred=C, hints=CN),
    E("150-200元/天", 150, 200, "CNY", "day", hints=CN),
    E("25-35元/时", 25, 35, "CNY", "hour", hints=CN),
    E("4000-6000元/月", 4000, 6000, "CNY", "month", hints=CN),
    E("月薪8000-12000元", 8000, 12000, "CNY", "month", hints=CN),
    E("年薪50万", 500000, 500000, "CNY", "year", inferred=C, hints=CN),
    E("年薪70万-120万", 700000, 1200000, "CNY", "year", inferred=C, hints=CN),
    E("200元/天 日结", 200, 200, "CNY", "day", hints=CN),
    E("10K以上", 10000, None, "CNY", "month", inferred=PC, hints=CN),
    E("5000元以上", 5000, None, "CNY", "month", inferred=P, hints=CN),
    E("最高3万", None, 30000, "CNY", "month", inferred=PC, hints=CN),
    E("约6万/月", 60000, 60000, "CNY", "month", approximate=True, inferred=C, hints=CN),
    E("8千-1.2万", 8000, 12000, "CNY", "month", inferred=PC, hints=CN),
    E("6千-8千元/月", 6000, 8000, "CNY", "month", hints=CN),
    E("3-5千", 3000, 5000, "CNY", "month", inferred=PC, hints=CN),
    E("税前月薪2万", 20000, 20000, "CNY", "month", gross=True, inferred=C, hints=CN),
    E("税后到手1.5万", 15000, 15000, "CNY", "month", gross=False, inferred=PC, hints=CN),
    E("底薪4000+提成", 4000, 4000, "CNY", "month", inferred=PC, hints=CN),
    E("１５－２５Ｋ", 15000, 25000, "CNY", "month", inferred=PC, hints=CN),
    E("年薪 100 万元以上", 1000000, None, "CNY", "year", hints=CN),
    E("6000-8000元/月 包吃住 双休", 6000, 8000, "CNY", "month", hints=CN),
    E("5000美元/月", 5000, 5000, "USD", "month", hints=CN),
    E("年薪10万美元", 100000, 100000, "USD", "year", hints=CN),
    E("12-18K", 12000, 18000, "CNY", "month", inferred=PC, hints=CN),
    E("7000元", 7000, 7000, "CNY", "month", inferred=P, hints=CN),
    E("100 000 元/月", 100000, 100000, "CNY", "month", hints=CN),
    NEG("面议", CN),
    NEG("薪资面议", CN),
    E("1.5万-2.5万/月", 15000, 25000, "CNY", "month", inferred=C, hints=CN),
    E("年薪40-60万", 400000, 600000, "CNY", "year", inferred=C, hints=CN),
    E("时薪25元", 25, 25, "CNY", "hour", hints=CN),
    E("800-1000元/周", 800, 1000, "CNY", "week", hints=CN),
    E("日薪300", 300, 300, "CNY", "day", inferred=C, hints=CN),
    E("月薪1万以上", 10000, None, "CNY", "month", inferred=C, hints=CN),
    E("3000-5000元/月+提成", 3000, 5000, "CNY", "month", hints=CN),
    E("底薪3000-5000+提成", 3000, 5000, "CNY", "month", inferred=PC, hints=CN),
    E("6k-8k", 6000, 8000, "CNY", "month", inferred=PC, hints=CN),
    E("薪资：12000-20000元/月", 12000, 20000, "CNY", "month", hints=CN),
    E("15K-25K·13薪（试用期8折）", 15000, 25000, "CNY", "month", payments=13, inferred=PC, hints=CN),
    E("实习 150元/天", 150, 150, "CNY", "day", hints=CN),
    E("50-80万/年（含期权）", 500000, 800000, "CNY", "year", inferred=C, hints=CN),
    # written numerals and the colloquial "一万五" (a digit after 万 counts thousands)
    E("月薪两万", 20000, 20000, "CNY", "month", inferred=C, hints=CN),
    E("年薪三十万到五十万", 300000, 500000, "CNY", "year", inferred=C, hints=CN),
    E("日薪两百", 200, 200, "CNY", "day", inferred=C, hints=CN),
    E("月薪一万五", 15000, 15000, "CNY", "month", inferred=C, hints=CN),
    E("月薪1万5", 15000, 15000, "CNY", "month", inferred=C, hints=CN),
    E("月薪1万5千", 15000, 15000, "CNY", "month", inferred=C, hints=CN),
    E("税前年薪不低于40万", 400000, None, "CNY", "year", gross=True, inferred=C, hints=CN),
    # "W" is 万 in board shorthand
    E("年薪20-30W", 200000, 300000, "CNY", "year", inferred=C, hints=CN),
    E("月薪6k+", 6000, None, "CNY", "month", inferred=C, hints=CN),
)  # fmt: skip

TAIWAN_HONG_KONG = table(
    E("月薪 40,000~60,000元", 40000, 60000, "TWD", "month", hints=TW),
    E("年薪 80萬~120萬", 800000, 1200000, "TWD", "year", inferred=C, hints=TW),
    E("時薪 190元", 190, 190, "TWD", "hour", hints=TW),
    E("月薪 35,000 至 45,000 元", 35000, 45000, "TWD", "month", hints=TW),
    E("日薪 1,500元", 1500, 1500, "TWD", "day", hints=TW),
    E("月薪 3.5萬以上", 35000, None, "TWD", "month", inferred=C, hints=TW),
    E("HK$25,000 - HK$35,000 /月", 25000, 35000, "HKD", "month", hints=HK),
    E("月薪港幣3萬", 30000, 30000, "HKD", "month", hints=HK),
    E("月薪 HK$18,000 - 22,000", 18000, 22000, "HKD", "month", hints=HK),
    NEG("待遇面議", TW),
    E("月薪 NT$40,000 起", 40000, None, "TWD", "month", hints=TW),
    E("時薪 NT$ 183 以上", 183, None, "TWD", "hour", hints=TW),
)  # fmt: skip

NEWS = table(
    E("应届博士年薪普遍在80万元至120万元之间", 800000, 1200000, "CNY", "year", hints=CN),
    E("月薪最高10万元", None, 100000, "CNY", "month", hints=CN),
    E("平均月薪达到2.4万元", 24000, 24000, "CNY", "month", statistic="mean", hints=CN),
    E("平均月薪 13,000 元", 13000, 13000, "CNY", "month", statistic="mean", hints=CN),
    E("月薪中位数为 9,800 元", 9800, 9800, "CNY", "month", statistic="median", hints=CN),
    E("AI工程师的平均年薪为 45 万元", 450000, 450000, "CNY", "year", statistic="mean", hints=CN),
    N("完成2亿元B轮融资", CN),
    N("估值100亿美元", CN),
    N("项目预算50万", CN),
    N("工作经验3-5年", CN),
    N("五险一金", CN),
    N("", CN),
    E("年薪百万", 1000000, 1000000, "CNY", "year", inferred=C, hints=CN),
    E("年薪超百万", 1000000, None, "CNY", "year", inferred=C, hints=CN),
    E("年薪五十万", 500000, 500000, "CNY", "year", inferred=C, hints=CN),
)  # fmt: skip


@pytest.mark.parametrize("example", MAINLAND_BOARDS)
def test_mainland_boards(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", TAIWAN_HONG_KONG)
def test_taiwan_hong_kong(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news_and_reports(example: Example) -> None:
    check(example)
