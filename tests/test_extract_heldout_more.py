"""extract() on a second round of held-out paragraphs, written for these tests before they were
first run: Portuguese (Brazil and Portugal), Italian, Korean, Russian, Polish and Dutch, and
more English and French in the style of survey reports and long job ads.

Like ``test_extract_heldout.py``: news, reports and job ads, several salaries per paragraph,
salaries next to money that is not pay (budgets, investments, turnover, valuations, funding,
prices, fines), pay changes in percent next to percentages that are not, ranges written across
words, and context (role, place, date, kind). Each case lists every salary (phrase -> low,
high, currency, period), every other money with its label and every pay change.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from extract_checks import (
    check_other_money_and_changes,
    check_salaries,
    check_span_alone_reads_the_same,
    params,
)
from test_extract_paragraphs import Case

PT = [
    Case(
        "pt-br-range-and-investment",
        "Desenvolvedores júnior em São Paulo ganham entre R$ 4.000 e R$ 6.000 por mês, segundo a "
        "Catho. A empresa recebeu um investimento de R$ 50 milhões.",
        [("entre R$ 4.000 e R$ 6.000 por mês", 4000, 6000, "BRL", "month")],
        [("R$ 50 milhões", "investment")],
        context={"entre R$ 4.000 e R$ 6.000 por mês": {"place": "São Paulo"}},
    ),
    Case(
        "pt-br-mean-and-valuation",
        "O salário médio de um engenheiro de dados no Brasil é de R$ 12.500 mensais, enquanto a "
        "startup foi avaliada em US$ 1 bilhão.",
        [("R$ 12.500 mensais", 12500, 12500, "BRL", "month")],
        [("US$ 1 bilhão", "valuation")],
        context={"R$ 12.500 mensais": {"kind": "mean", "place": "Brasil"}},
    ),
    Case(
        "pt-pt-nurses-and-budget",
        "Em Lisboa, os enfermeiros recebem um salário base de 1.600 euros brutos por mês, e o "
        "governo reservou um orçamento de 300 milhões de euros para o setor.",
        [("1.600 euros brutos por mês", 1600, 1600, "EUR", "month")],
        [("300 milhões de euros", "budget")],
        context={"1.600 euros brutos por mês": {"place": "Lisboa"}},
    ),
    Case(
        "pt-br-ad-lines",
        "Vaga: Analista de Sistemas Pleno\nLocal: Belo Horizonte\nSalário: R$ 7.000 a R$ 9.000 "
        "+ benefícios\nRegime: CLT",
        [("R$ 7.000 a R$ 9.000", 7000, 9000, "BRL", "month")],
    ),
    Case(
        "pt-br-raise-floor-inflation",
        "Os professores terão um reajuste salarial de 6% em janeiro, e o piso passará a "
        "R$ 4.867,77 por mês. A inflação ficou em 4,5%.",
        [("R$ 4.867,77 por mês", Decimal("4867.77"), Decimal("4867.77"), "BRL", "month")],
        changes=[("6%", 6, 6)],
    ),
    Case(
        "pt-br-survey-two-levels",
        "Segundo a pesquisa, a remuneração mediana dos gerentes de projeto chega a R$ 18 mil por "
        "mês, contra R$ 11 mil dos coordenadores.",
        [
            ("R$ 18 mil por mês", 18000, 18000, "BRL", "month"),
            ("R$ 11 mil", 11000, 11000, "BRL", "month"),
        ],
        context={"R$ 18 mil por mês": {"kind": "median"}},
    ),
    Case(
        "pt-br-turnover-and-cashiers",
        "A varejista faturou R$ 2,3 bilhões no trimestre e paga aos operadores de caixa R$ 1.900 "
        "mensais.",
        [("R$ 1.900 mensais", 1900, 1900, "BRL", "month")],
        [("R$ 2,3 bilhões", "revenue")],
    ),
    Case(
        "pt-br-hourly-and-spending",
        "Um motorista de aplicativo em Porto Alegre ganha em média R$ 25 por hora, mas gasta "
        "cerca de R$ 1.200 por mês com combustível.",
        [("R$ 25 por hora", 25, 25, "BRL", "hour")],
        [("R$ 1.200 por mês", "price")],
        context={"R$ 25 por hora": {"place": "Porto Alegre", "kind": "mean"}},
    ),
    Case(
        "pt-pt-range-in-thousands",
        "Cientistas de dados seniores em Portugal recebem entre 45 e 60 mil euros por ano, "
        "segundo o relatório da Landing.jobs.",
        [("entre 45 e 60 mil euros por ano", 45000, 60000, "EUR", "year")],
        context={"entre 45 e 60 mil euros por ano": {"place": "Portugal"}},
    ),
    Case(
        "pt-br-fine-and-mean",
        "A empresa foi multada em R$ 3 milhões por atrasar salários; os funcionários ganham em "
        "média R$ 3.200 por mês.",
        [("R$ 3.200 por mês", 3200, 3200, "BRL", "month")],
        [("R$ 3 milhões", "fine")],
    ),
    Case(
        "pt-br-interns-and-trainees",
        "Estagiários recebem bolsa de R$ 2.000 mensais; trainees começam com R$ 6.500 por mês e "
        "passam a R$ 9.000 por mês após um ano.",
        [
            ("R$ 2.000 mensais", 2000, 2000, "BRL", "month"),
            ("R$ 6.500 por mês", 6500, 6500, "BRL", "month"),
            ("R$ 9.000 por mês", 9000, 9000, "BRL", "month"),
        ],
    ),
    Case(
        "pt-br-profit-and-annual-pay",
        "O banco registrou lucro de R$ 9 bilhões e ofereceu aos analistas uma remuneração anual "
        "de R$ 150 mil.",
        [("R$ 150 mil", 150000, 150000, "BRL", "year")],
        [("R$ 9 bilhões", "profit")],
    ),
    Case(
        "pt-br-minimum-wage-and-rent",
        "Em 2024, o salário mínimo nacional foi fixado em R$ 1.412, e o aluguel médio em São "
        "Paulo chegou a R$ 3.000.",
        [("R$ 1.412", 1412, 1412, "BRL", "month")],
        [("R$ 3.000", "price")],
        context={"R$ 1.412": {"kind": "minimum", "when": "2024"}},
    ),
    Case(
        "pt-br-offer-range-in-words",
        "Para a vaga de designer em Curitiba, a empresa oferece de 5 a 7 mil reais por mês.",
        [("de 5 a 7 mil reais por mês", 5000, 7000, "BRL", "month")],
        context={"de 5 a 7 mil reais por mês": {"place": "Curitiba", "kind": "offer"}},
    ),
    Case(
        "pt-pt-doctors-and-investment",
        "Os médicos recém-formados em Portugal ganham cerca de 2.000 euros brutos mensais, e o "
        "Estado vai investir 500 milhões de euros em novos hospitais.",
        [("2.000 euros brutos mensais", 2000, 2000, "EUR", "month")],
        [("500 milhões de euros", "investment")],
    ),
]

IT = [
    Case(
        "it-milan-range-and-funding",
        "Gli sviluppatori junior a Milano guadagnano tra i 28.000 e i 32.000 euro lordi "
        "all'anno, secondo l'Osservatorio JobPricing. La società ha raccolto 40 milioni di euro.",
        [("28.000 e i 32.000 euro lordi all'anno", 28000, 32000, "EUR", "year")],
        [("40 milioni di euro", "funding")],
        context={"28.000 e i 32.000 euro lordi all'anno": {"place": "Milano"}},
    ),
    Case(
        "it-nurses-and-turnover",
        "Lo stipendio medio di un infermiere in Italia è di 1.650 euro netti al mese, mentre il "
        "fatturato del gruppo ospedaliero supera i 2 miliardi di euro.",
        [("1.650 euro netti al mese", 1650, 1650, "EUR", "month")],
        [("2 miliardi di euro", "revenue")],
        context={"1.650 euro netti al mese": {"kind": "mean", "place": "Italia"}},
    ),
    Case(
        "it-ad-lines-ral",
        "Offerta di lavoro: Data Analyst\nSede: Torino\nRetribuzione: 35.000 - 40.000 € RAL\n"
        "Contratto: tempo indeterminato",
        [("35.000 - 40.000 €", 35000, 40000, "EUR", "year")],
    ),
    Case(
        "it-contract-raise-and-inflation",
        "Il contratto dei metalmeccanici prevede un aumento salariale del 7% in tre anni, mentre "
        "l'inflazione è al 5%.",
        [],
        changes=[("7%", 7, 7)],
    ),
    Case(
        "it-waiter-hourly-and-rent",
        "A Roma un cameriere guadagna circa 9 euro l'ora; l'affitto di un monolocale costa 900 "
        "euro al mese.",
        [("9 euro l'ora", 9, 9, "EUR", "hour")],
        [("900 euro al mese", "price")],
        context={"9 euro l'ora": {"place": "Roma"}},
    ),
    Case(
        "it-report-median-two-levels",
        "Secondo il rapporto, la retribuzione mediana dei manager è di 95 mila euro l'anno, "
        "quella dei quadri di 58 mila euro.",
        [
            ("95 mila euro l'anno", 95000, 95000, "EUR", "year"),
            ("58 mila euro", 58000, 58000, "EUR", "year"),
        ],
        context={"95 mila euro l'anno": {"kind": "median"}},
    ),
    Case(
        "it-investment-and-workers",
        "L'azienda ha investito 12 milioni di euro nel nuovo stabilimento di Bologna e assumerà "
        "200 operai con uno stipendio di 1.500 euro al mese.",
        [("1.500 euro al mese", 1500, 1500, "EUR", "month")],
        [("12 milioni di euro", "investment")],
    ),
    Case(
        "it-researchers-range",
        "I ricercatori universitari percepiscono tra 1.800 e 2.300 euro netti mensili.",
        [("1.800 e 2.300 euro netti mensili", 1800, 2300, "EUR", "month")],
    ),
    Case(
        "it-fine-and-mean-annual",
        "Nel 2023 la multa inflitta dall'Antitrust è stata di 10 milioni di euro; i dipendenti "
        "della società guadagnano in media 42.000 euro lordi annui.",
        [("42.000 euro lordi annui", 42000, 42000, "EUR", "year")],
        [("10 milioni di euro", "fine")],
    ),
    Case(
        "it-entry-and-later",
        "Per gli ingegneri informatici lo stipendio d'ingresso è di 30 mila euro l'anno e sale a "
        "45 mila euro l'anno dopo cinque anni.",
        [
            ("30 mila euro l'anno", 30000, 30000, "EUR", "year"),
            ("45 mila euro l'anno", 45000, 45000, "EUR", "year"),
        ],
    ),
    Case(
        "it-startup-revenue-and-designers",
        "Una startup di Firenze con ricavi per 5 milioni di euro offre ai designer 2.200 euro al "
        "mese.",
        [("2.200 euro al mese", 2200, 2200, "EUR", "month")],
        [("5 milioni di euro", "revenue")],
    ),
    Case(
        "it-minimum-wage-and-cost",
        "Il salario minimo proposto è di 9 euro lordi l'ora, ma il costo per lo Stato sarebbe "
        "di 3 miliardi di euro.",
        [("9 euro lordi l'ora", 9, 9, "EUR", "hour")],
        [("3 miliardi di euro", "price")],
        context={"9 euro lordi l'ora": {"kind": "minimum"}},
    ),
    Case(
        "it-technician-and-shift-lead",
        "Un tecnico manutentore a Napoli guadagna 1.400 euro al mese, un capoturno 1.750 euro.",
        [
            ("1.400 euro al mese", 1400, 1400, "EUR", "month"),
            ("1.750 euro", 1750, 1750, "EUR", "month"),
        ],
    ),
    Case(
        "it-valuation-and-upper-bound",
        "La società, valutata 1,2 miliardi di euro, paga ai suoi sviluppatori senior fino a "
        "70.000 euro l'anno.",
        [("fino a 70.000 euro l'anno", None, 70000, "EUR", "year")],
        [("1,2 miliardi di euro", "valuation")],
        context={"fino a 70.000 euro l'anno": {"kind": "maximum"}},
    ),
    Case(
        "it-istat-raise-and-prices",
        "Secondo l'ISTAT, nel primo trimestre del 2024 le retribuzioni contrattuali orarie sono "
        "aumentate del 3,1%, mentre i prezzi sono saliti dello 0,9%.",
        [],
        changes=[("3,1%", Decimal("3.1"), Decimal("3.1"))],
    ),
]

KO = [
    Case(
        "ko-entry-devs-and-revenue",
        "서울의 신입 개발자 연봉은 평균 4,000만 원 수준이며, 이 회사의 지난해 매출은 3,000억 원이었다.",
        [("4,000만 원", 40000000, 40000000, "KRW", "year")],
        [("3,000억 원", "revenue")],
        context={"4,000만 원": {"place": "서울", "kind": "mean"}},
    ),
    Case(
        "ko-starting-pay",
        "삼성전자 대졸 신입사원의 초봉은 약 5,300만 원이다.",
        [("5,300만 원", 53000000, 53000000, "KRW", "year")],
    ),
    Case(
        "ko-hourly-and-monthly",
        "편의점 아르바이트 시급은 9,860원이고, 월 급여로 환산하면 206만 원이다.",
        [
            ("9,860원", 9860, 9860, "KRW", "hour"),
            ("206만 원", 2060000, 2060000, "KRW", "month"),
        ],
    ),
    Case(
        "ko-ad-lines",
        "채용 공고: 백엔드 개발자\n근무지: 판교\n연봉: 5,000만~7,000만 원\n경력: 3년 이상",
        [("5,000만~7,000만 원", 50000000, 70000000, "KRW", "year")],
    ),
    Case(
        "ko-minimum-wage-raise",
        "올해 최저임금은 시간당 9,860원으로 지난해보다 2.5% 인상됐다.",
        [("9,860원", 9860, 9860, "KRW", "hour")],
        changes=[("2.5%", Decimal("2.5"), Decimal("2.5"))],
        context={"9,860원": {"kind": "minimum"}},
    ),
    Case(
        "ko-budget-and-monthly-allowance",
        "정부는 청년 일자리 사업에 1조 원의 예산을 배정했고, 참여자에게는 월 180만 원을 지급한다.",
        [("180만 원", 1800000, 1800000, "KRW", "month")],
        [("1조 원", "budget")],
    ),
    Case(
        "ko-nurses-and-doctors",
        "간호사의 평균 연봉은 4,500만 원, 의사의 평균 연봉은 2억 원으로 조사됐다.",
        [
            ("4,500만 원", 45000000, 45000000, "KRW", "year"),
            ("2억 원", 200000000, 200000000, "KRW", "year"),
        ],
        context={"4,500만 원": {"kind": "mean"}, "2억 원": {"kind": "mean"}},
    ),
    Case(
        "ko-valuation-and-offer",
        "이 스타트업은 기업가치 1조 원을 인정받았으며, 개발자 초봉으로 6,000만 원을 제시했다.",
        [("6,000만 원", 60000000, 60000000, "KRW", "year")],
        [("1조 원", "valuation")],
    ),
    Case(
        "ko-apartment-price-and-pay",
        "서울 아파트 평균 매매가격은 12억 원을 넘었지만, 30대 직장인의 평균 연봉은 4,800만 원에 그쳤다.",
        [("4,800만 원", 48000000, 48000000, "KRW", "year")],
        [("12억 원", "price")],
    ),
    Case(
        "ko-daily-pay-and-penalty",
        "배달 기사는 하루 평균 15만 원을 벌며, 회사는 과징금 30억 원을 부과받았다.",
        [("15만 원", 150000, 150000, "KRW", "day")],
        [("30억 원", "fine")],
    ),
    Case(
        "ko-raise-rate-and-prices",
        "대기업 임금 인상률은 평균 5.1%로 집계됐으며, 물가 상승률은 3.6%였다.",
        [],
        changes=[("5.1%", Decimal("5.1"), Decimal("5.1"))],
    ),
    Case(
        "ko-researcher-range-in-words",
        "연구원 채용 시 연봉은 경력에 따라 6천만 원에서 9천만 원 사이로 책정된다.",
        [("6천만 원에서 9천만 원", 60000000, 90000000, "KRW", "year")],
    ),
    Case(
        "ko-profit-and-average-pay",
        "이 회사는 작년에 영업이익 2,000억 원을 기록했고, 직원 1인당 평균 급여는 1억 2천만 원이었다.",
        [("1억 2천만 원", 120000000, 120000000, "KRW", "year")],
        [("2,000억 원", "profit")],
    ),
    Case(
        "ko-monthly-pay",
        "주 40시간 근무 기준 월급은 250만 원이며, 야간 수당은 별도로 지급된다.",
        [("250만 원", 2500000, 2500000, "KRW", "month")],
    ),
    Case(
        "ko-bank-of-korea-mean",
        "한국은행에 따르면 2023년 근로자 월평균 임금은 396만 원이었다.",
        [("396만 원", 3960000, 3960000, "KRW", "month")],
        context={"396만 원": {"when": "2023년"}},
    ),
]

RU = [
    Case(
        "ru-moscow-range-and-funding",
        "Начинающие разработчики в Москве зарабатывают от 80 до 120 тысяч рублей в месяц, по "
        "данным hh.ru. Компания привлекла 2 млрд рублей инвестиций.",
        [("от 80 до 120 тысяч рублей в месяц", 80000, 120000, "RUB", "month")],
        [("2 млрд рублей", "funding")],
        context={"от 80 до 120 тысяч рублей в месяц": {"place": "Москве"}},
    ),
    Case(
        "ru-doctors-mean-and-budget",
        "Средняя зарплата врачей в России составила 105 тысяч рублей, а бюджет программы — 50 "
        "млрд рублей.",
        [("105 тысяч рублей", 105000, 105000, "RUB", "month")],
        [("50 млрд рублей", "budget")],
        context={"105 тысяч рублей": {"kind": "mean", "place": "России"}},
    ),
    Case(
        "ru-ad-lines",
        "Вакансия: водитель-экспедитор\nГород: Санкт-Петербург\nЗарплата: 90 000 – 110 000 "
        "руб.\nГрафик: 5/2",
        [("90 000 – 110 000 руб.", 90000, 110000, "RUB", "month")],
    ),
    Case(
        "ru-it-raise-and-inflation",
        "В 2024 году зарплаты в IT выросли на 12%, а инфляция составила 9%.",
        [],
        changes=[("12%", 12, 12)],
    ),
    Case(
        "ru-courier-hourly-and-fine",
        "Курьер получает 350 рублей в час, а штраф за опоздание составляет 500 рублей.",
        [("350 рублей в час", 350, 350, "RUB", "hour")],
        [("500 рублей", "fine")],
    ),
    Case(
        "ru-revenue-and-sellers",
        "Выручка сети достигла 40 млрд рублей, при этом продавцы зарабатывают около 60 тысяч "
        "рублей в месяц.",
        [("около 60 тысяч рублей в месяц", 60000, 60000, "RUB", "month")],
        [("40 млрд рублей", "revenue")],
    ),
    Case(
        "ru-median-two-levels",
        "Медианная зарплата аналитиков данных составляет 180 тыс. руб., а старших специалистов — "
        "250 тыс. руб.",
        [
            ("180 тыс. руб.", 180000, 180000, "RUB", "month"),
            ("250 тыс. руб.", 250000, 250000, "RUB", "month"),
        ],
        context={"180 тыс. руб.": {"kind": "median"}},
    ),
    Case(
        "ru-minimum-wage",
        "Минимальный размер оплаты труда с 1 января 2024 года составляет 19 242 рубля в месяц.",
        [("19 242 рубля в месяц", 19242, 19242, "RUB", "month")],
        context={"19 242 рубля в месяц": {"kind": "minimum"}},
    ),
    Case(
        "ru-rent-and-teachers",
        "Стоимость аренды квартиры в Москве — 70 тысяч рублей в месяц, тогда как средняя "
        "зарплата учителя — 85 тысяч рублей.",
        [("85 тысяч рублей", 85000, 85000, "RUB", "month")],
        [("70 тысяч рублей в месяц", "price")],
    ),
    Case(
        "ru-valuation-and-dollar-range",
        "Компания оценена в 300 млн долларов и предлагает инженерам от 5000 до 7000 долларов в "
        "месяц.",
        [("от 5000 до 7000 долларов в месяц", 5000, 7000, "USD", "month")],
        [("300 млн долларов", "valuation")],
    ),
    Case(
        "ru-two-cities",
        "Программисты в Новосибирске получают в среднем 150 000 рублей, в Москве — 220 000 рублей.",
        [
            ("150 000 рублей", 150000, 150000, "RUB", "month"),
            ("220 000 рублей", 220000, 220000, "RUB", "month"),
        ],
    ),
    Case(
        "ru-executives-and-profit",
        "Годовая зарплата топ-менеджеров составляет 12 млн рублей, а прибыль компании — 5 млрд "
        "рублей.",
        [("12 млн рублей", 12000000, 12000000, "RUB", "year")],
        [("5 млрд рублей", "profit")],
    ),
    Case(
        "ru-per-shift",
        "Сотрудникам склада платят 2 500 рублей за смену.",
        [("2 500 рублей за смену", 2500, 2500, "RUB", "day")],
    ),
    Case(
        "ru-teachers-raise",
        "Зарплаты учителей повысят на 10% с сентября, сообщило министерство.",
        [],
        changes=[("10%", 10, 10)],
    ),
    Case(
        "ru-kazan-and-moscow",
        "Средняя зарплата в Казани — 65 тысяч рублей, а в Москве — 130 тысяч рублей в месяц.",
        [
            ("65 тысяч рублей", 65000, 65000, "RUB", "month"),
            ("130 тысяч рублей в месяц", 130000, 130000, "RUB", "month"),
        ],
    ),
]

PL = [
    Case(
        "pl-warsaw-range-and-funding",
        "Młodsi programiści w Warszawie zarabiają od 9 000 do 12 000 zł brutto miesięcznie, "
        "wynika z raportu No Fluff Jobs. Firma pozyskała 20 mln zł finansowania.",
        [("od 9 000 do 12 000 zł brutto miesięcznie", 9000, 12000, "PLN", "month")],
        [("20 mln zł", "funding")],
        context={"od 9 000 do 12 000 zł brutto miesięcznie": {"place": "Warszawie"}},
    ),
    Case(
        "pl-mean-wage-gus",
        "Przeciętne wynagrodzenie w sektorze przedsiębiorstw wyniosło w marcu 2024 roku 8 408 zł "
        "brutto.",
        [("8 408 zł", 8408, 8408, "PLN", "month")],
        context={"8 408 zł": {"kind": "mean"}},
    ),
    Case(
        "pl-ad-lines",
        "Oferta pracy: Specjalista ds. marketingu\nLokalizacja: Kraków\nWynagrodzenie: 7 000 - "
        "9 000 zł netto\nUmowa o pracę",
        [("7 000 - 9 000 zł", 7000, 9000, "PLN", "month")],
    ),
    Case(
        "pl-minimum-monthly-and-hourly",
        "Płaca minimalna od stycznia 2024 roku wynosi 4 242 zł brutto, a minimalna stawka "
        "godzinowa 27,70 zł.",
        [
            ("4 242 zł", 4242, 4242, "PLN", "month"),
            ("27,70 zł", Decimal("27.7"), Decimal("27.7"), "PLN", "hour"),
        ],
        context={"4 242 zł": {"kind": "minimum"}},
    ),
    Case(
        "pl-nurses-raise-and-inflation",
        "Pielęgniarki otrzymają podwyżkę o 10% od lipca, a inflacja wyniosła 6%.",
        [],
        changes=[("10%", 10, 10)],
    ),
    Case(
        "pl-revenue-and-cashiers",
        "Sieć handlowa osiągnęła przychody w wysokości 3 mld zł, a kasjerzy zarabiają około "
        "5 000 zł brutto miesięcznie.",
        [("5 000 zł brutto miesięcznie", 5000, 5000, "PLN", "month")],
        [("3 mld zł", "revenue")],
    ),
    Case(
        "pl-b2b-hourly-range",
        "Stawka dla programistów na kontrakcie B2B wynosi od 150 do 200 zł netto za godzinę.",
        [("od 150 do 200 zł netto za godzinę", 150, 200, "PLN", "hour")],
    ),
    Case(
        "pl-municipal-spending-and-teachers",
        "Gmina przeznaczyła 2 mln zł na remont szkoły, a nauczyciele zarabiają średnio 6 500 zł "
        "brutto.",
        [("6 500 zł", 6500, 6500, "PLN", "month")],
        [("2 mln zł", "budget")],
        context={"6 500 zł": {"kind": "mean"}},
    ),
    Case(
        "pl-median-analysts",
        "Mediana wynagrodzeń analityków danych wynosi 14 tys. zł brutto miesięcznie.",
        [("14 tys. zł brutto miesięcznie", 14000, 14000, "PLN", "month")],
        context={"14 tys. zł brutto miesięcznie": {"kind": "median"}},
    ),
    Case(
        "pl-fine-and-warehouse-hourly",
        "Firma została ukarana grzywną w wysokości 1,5 mln zł, a jej pracownicy magazynu "
        "zarabiają 32 zł za godzinę.",
        [("32 zł za godzinę", 32, 32, "PLN", "hour")],
        [("1,5 mln zł", "fine")],
    ),
    Case(
        "pl-residents-and-specialists",
        "Lekarze rezydenci otrzymują 7 700 zł brutto, a lekarze specjaliści nawet 15 000 zł "
        "miesięcznie.",
        [
            ("7 700 zł", 7700, 7700, "PLN", "month"),
            ("15 000 zł miesięcznie", 15000, 15000, "PLN", "month"),
        ],
    ),
    Case(
        "pl-flat-price-and-annual-pay",
        "Mieszkanie w Gdańsku kosztuje średnio 900 tys. zł, a roczne zarobki inżyniera to "
        "180 tys. zł.",
        [("180 tys. zł", 180000, 180000, "PLN", "year")],
        [("900 tys. zł", "price")],
    ),
    Case(
        "pl-valuation-and-testers",
        "Startup wyceniany na 400 mln zł oferuje testerom od 8 do 11 tys. zł.",
        [("od 8 do 11 tys. zł", 8000, 11000, "PLN", "month")],
        [("400 mln zł", "valuation")],
    ),
    Case(
        "pl-real-wages-and-prices",
        "W pierwszym kwartale 2024 roku płace realne wzrosły o 7,5%, a ceny o 2,8%.",
        [],
        changes=[("7,5%", Decimal("7.5"), Decimal("7.5"))],
    ),
    Case(
        "pl-drivers-and-city-spending",
        "Kierowcy autobusów w Poznaniu zarabiają 6 000 zł brutto, a miasto wyda 120 mln zł na "
        "nowe autobusy.",
        [("6 000 zł", 6000, 6000, "PLN", "month")],
        [("120 mln zł", "price")],
        context={"6 000 zł": {"place": "Poznaniu"}},
    ),
]

NL = [
    Case(
        "nl-amsterdam-range-and-funding",
        "Junior ontwikkelaars in Amsterdam verdienen tussen de 3.000 en 3.800 euro bruto per "
        "maand, blijkt uit onderzoek van Intelligence Group. Het bedrijf haalde 30 miljoen euro op.",
        [("3.000 en 3.800 euro bruto per maand", 3000, 3800, "EUR", "month")],
        [("30 miljoen euro", "funding")],
        context={"3.000 en 3.800 euro bruto per maand": {"place": "Amsterdam"}},
    ),
    Case(
        "nl-ad-lines",
        "Vacature: Verpleegkundige\nLocatie: Utrecht\nSalaris: € 3.100 - € 4.400 bruto per "
        "maand\nDienstverband: 32-36 uur",
        [("€ 3.100 - € 4.400 bruto per maand", 3100, 4400, "EUR", "month")],
    ),
    Case(
        "nl-minimum-wage-hourly",
        "Het minimumloon bedraagt sinds januari 2024 € 13,27 per uur.",
        [("€ 13,27 per uur", Decimal("13.27"), Decimal("13.27"), "EUR", "hour")],
        context={"€ 13,27 per uur": {"kind": "minimum"}},
    ),
    Case(
        "nl-cao-raise-and-inflation",
        "De cao regelt een loonsverhoging van 6% per 1 juli, terwijl de inflatie 3% bedroeg.",
        [],
        changes=[("6%", 6, 6)],
    ),
    Case(
        "nl-truck-drivers-and-turnover",
        "Een vrachtwagenchauffeur verdient gemiddeld € 2.900 per maand; de transportsector had "
        "vorig jaar een omzet van 60 miljard euro.",
        [("€ 2.900 per maand", 2900, 2900, "EUR", "month")],
        [("60 miljard euro", "revenue")],
        context={"€ 2.900 per maand": {"kind": "mean"}},
    ),
    Case(
        "nl-data-scientist-annual",
        "Het gemiddelde jaarsalaris van een data scientist in Nederland is € 62.000, aldus "
        "Nationale Beroepengids.",
        [("€ 62.000", 62000, 62000, "EUR", "year")],
        context={"€ 62.000": {"kind": "mean", "place": "Nederland"}},
    ),
    Case(
        "nl-budget-and-youth-workers",
        "De gemeente trekt een budget van 5 miljoen euro uit voor jeugdwerk; jongerenwerkers "
        "krijgen € 3.300 per maand.",
        [("€ 3.300 per maand", 3300, 3300, "EUR", "month")],
        [("5 miljoen euro", "budget")],
    ),
    Case(
        "nl-teachers-range",
        "Leraren in het basisonderwijs verdienen tussen € 3.400 en € 5.800 bruto per maand.",
        [("tussen € 3.400 en € 5.800 bruto per maand", 3400, 5800, "EUR", "month")],
    ),
    Case(
        "nl-valuation-and-upper-bound",
        "Het Amsterdamse bedrijf werd gewaardeerd op 1 miljard euro en biedt developers een "
        "salaris tot € 90.000 per jaar.",
        [("tot € 90.000 per jaar", None, 90000, "EUR", "year")],
        [("1 miljard euro", "valuation")],
    ),
    Case(
        "nl-cleaners-and-fine",
        "Schoonmakers verdienen € 14,50 per uur, en de boete voor het bedrijf bedroeg € 250.000.",
        [("€ 14,50 per uur", Decimal("14.5"), Decimal("14.5"), "EUR", "hour")],
        [("€ 250.000", "fine")],
    ),
    Case(
        "nl-median-two-levels",
        "De mediane beloning van managers ligt op 85.000 euro per jaar, die van medewerkers op "
        "45.000 euro.",
        [
            ("85.000 euro per jaar", 85000, 85000, "EUR", "year"),
            ("45.000 euro", 45000, 45000, "EUR", "year"),
        ],
        context={"85.000 euro per jaar": {"kind": "median"}},
    ),
    Case(
        "nl-rent-and-starter-pay",
        "Een huurwoning in Utrecht kost € 1.600 per maand, terwijl een starter gemiddeld "
        "€ 2.700 bruto per maand verdient.",
        [("€ 2.700 bruto per maand", 2700, 2700, "EUR", "month")],
        [("€ 1.600 per maand", "price")],
    ),
    Case(
        "nl-investment-and-starting-salary",
        "ASML investeert 2,5 miljard euro in Eindhoven en biedt ingenieurs een startsalaris van "
        "€ 4.200 per maand.",
        [("€ 4.200 per maand", 4200, 4200, "EUR", "month")],
        [("2,5 miljard euro", "investment")],
    ),
    Case(
        "nl-cao-wages-rose",
        "In 2023 stegen de cao-lonen met gemiddeld 6,1%, het hoogste percentage in veertig jaar.",
        [],
        changes=[("6,1%", Decimal("6.1"), Decimal("6.1"))],
    ),
    Case(
        "nl-intern-and-trainee",
        "Een stagiair krijgt een vergoeding van € 1.000 per maand, een trainee verdient € 3.000 "
        "per maand.",
        [
            ("€ 1.000 per maand", 1000, 1000, "EUR", "month"),
            ("€ 3.000 per maand", 3000, 3000, "EUR", "month"),
        ],
    ),
]

EN_MORE = [
    Case(
        "en-survey-sydney-median-and-day-rate",
        "The 2024 Hays salary guide reports that the median salary for cloud architects in "
        "Sydney is A$180,000 a year, up 6% on last year, while contractors charge a day rate of "
        "A$1,100.",
        [
            ("A$180,000 a year", 180000, 180000, "AUD", "year"),
            ("A$1,100", 1100, 1100, "AUD", "day"),
        ],
        changes=[("6%", 6, 6)],
        context={"A$180,000 a year": {"kind": "median", "place": "Sydney"}},
    ),
    Case(
        "en-long-ad-base-and-learning-budget",
        "About the role: You will lead a team of five engineers building our payments platform.\n"
        "What we offer: a base salary of $165,000–$190,000, equity, and a $5,000 annual learning "
        "budget.\nLocation: Austin, TX (hybrid).",
        [("$165,000–$190,000", 165000, 190000, "USD", "year")],
        [("$5,000", "budget")],
    ),
    Case(
        "en-survey-nurses-and-pay-bill",
        "According to the Royal College of Nursing survey, newly qualified nurses in England "
        "start on £28,407 a year, rising to £34,581 after four years; the NHS pay bill reached "
        "£60 billion.",
        [
            ("£28,407 a year", 28407, 28407, "GBP", "year"),
            ("£34,581", 34581, 34581, "GBP", "year"),
        ],
        [("£60 billion", "budget")],
    ),
    Case(
        "en-big-four-graduates-and-spending",
        "Graduate schemes at the Big Four pay between £30k and £35k, and the firms spent £400m "
        "on training.",
        [("between £30k and £35k", 30000, 35000, "GBP", "year")],
        [("£400m", "price")],
    ),
    Case(
        "en-survey-median-and-mean",
        "Median total compensation for software engineers in Seattle was $210,000 in 2023, per "
        "levels.fyi; the mean was $232,000.",
        [
            ("$210,000", 210000, 210000, "USD", "year"),
            ("$232,000", 232000, 232000, "USD", "year"),
        ],
        context={"$210,000": {"kind": "median", "when": "2023"}, "$232,000": {"kind": "mean"}},
    ),
    Case(
        "en-long-ad-pay-range-and-client-sales",
        "Senior Staff Accountant – Chicago, IL. Pay range: $85,000 to $95,000 per year, plus a "
        "10% annual bonus. Our client, a manufacturer with $1.2 billion in sales, is growing fast.",
        [("$85,000 to $95,000 per year", 85000, 95000, "USD", "year")],
        [("$1.2 billion", "revenue")],
    ),
    Case(
        "en-warehouse-hourly-and-revenue",
        "Warehouse associates earn $19.50 per hour, and the retailer posted revenue of $14 "
        "billion last quarter.",
        [("$19.50 per hour", Decimal("19.5"), Decimal("19.5"), "USD", "hour")],
        [("$14 billion", "revenue")],
    ),
    Case(
        "en-survey-advertised-salary-and-rents",
        "In the first half of 2024, the average advertised salary in the UK rose 3.1% to "
        "£38,500, Adzuna said, while average rents climbed to £1,250 a month.",
        [("£38,500", 38500, 38500, "GBP", "year")],
        [("£1,250 a month", "price")],
        changes=[("3.1%", Decimal("3.1"), Decimal("3.1"))],
        context={"£38,500": {"kind": "mean", "when": "first half 2024"}},
    ),
    Case(
        "en-long-ad-berlin-and-series-b",
        "We're hiring a Head of Product in Berlin. Compensation: €110,000–€130,000 base plus "
        "stock options. The company closed a €45 million Series B in March.",
        [("€110,000–€130,000", 110000, 130000, "EUR", "year")],
        [("€45 million", "funding")],
    ),
    Case(
        "en-teachers-state-and-national-and-budget",
        "Teachers in Texas earn an average of $62,000, compared with a national average of "
        "$69,500, while the state's education budget is $80 billion.",
        [
            ("$62,000", 62000, 62000, "USD", "year"),
            ("$69,500", 69500, 69500, "USD", "year"),
        ],
        [("$80 billion", "budget")],
        context={"$62,000": {"kind": "mean", "about": "Teachers"}},
    ),
    Case(
        "en-contract-day-rates",
        "Contract rates for SAP consultants range from £550 to £700 per day outside IR35.",
        [("from £550 to £700 per day", 550, 700, "GBP", "day")],
    ),
    Case(
        "en-minimum-wage-raise-and-cost",
        "The minimum wage rises to £11.44 an hour in April, a 9.8% increase, costing employers "
        "an estimated £1.8 billion.",
        [("£11.44 an hour", Decimal("11.44"), Decimal("11.44"), "GBP", "hour")],
        [("£1.8 billion", "price")],
        changes=[("9.8%", Decimal("9.8"), Decimal("9.8"))],
        context={"£11.44 an hour": {"kind": "minimum"}},
    ),
    Case(
        "en-valuation-and-k-range",
        "Staff at the startup, which was valued at $2 billion, receive salaries of $120k to $150k.",
        [("$120k to $150k", 120000, 150000, "USD", "year")],
        [("$2 billion", "valuation")],
    ),
    Case(
        "en-survey-threshold-and-typical",
        "Among respondents, 42% said they earn more than $100,000, and the typical bootcamp "
        "graduate makes $70,000 in their first job.",
        [
            ("more than $100,000", 100000, None, "USD", "year"),
            ("$70,000", 70000, 70000, "USD", "year"),
        ],
    ),
    Case(
        "en-hourly-drivers-and-settlement",
        "Hourly pay for Uber drivers in New York averaged $23.50 before expenses; the company "
        "paid a $100 million settlement to the state.",
        [("$23.50", Decimal("23.5"), Decimal("23.5"), "USD", "hour")],
        [("$100 million", "fine")],
    ),
]

FR_MORE = [
    Case(
        "fr-survey-apec-median-and-change",
        "Selon l'enquête annuelle de l'Apec, le salaire médian des cadres s'établit à 51 000 "
        "euros bruts annuels en 2024, en hausse de 3 % sur un an.",
        [("51 000 euros bruts annuels", 51000, 51000, "EUR", "year")],
        changes=[("3 %", 3, 3)],
        context={"51 000 euros bruts annuels": {"kind": "median", "when": "2024"}},
    ),
    Case(
        "fr-long-ad-k-range",
        "Poste : Chef de projet digital (H/F)\nLieu : Nantes\nRémunération : 42 à 48 K€ bruts "
        "annuels selon expérience\nAvantages : tickets restaurant, mutuelle prise en charge à "
        "100 %",
        [("42 à 48 K€ bruts annuels", 42000, 48000, "EUR", "year")],
    ),
    Case(
        "fr-nurses-net-and-hospital-budget",
        "Les infirmiers en début de carrière perçoivent 2 000 euros nets par mois, tandis que le "
        "budget des hôpitaux atteint 100 milliards d'euros.",
        [("2 000 euros nets par mois", 2000, 2000, "EUR", "month")],
        [("100 milliards d'euros", "budget")],
    ),
    Case(
        "fr-thousands-in-words-and-regions",
        "En Île-de-France, un développeur junior gagne entre 38 et 42 milliers d'euros par an, "
        "contre 35 000 euros en région.",
        [
            ("entre 38 et 42 milliers d'euros par an", 38000, 42000, "EUR", "year"),
            ("35 000 euros", 35000, 35000, "EUR", "year"),
        ],
    ),
    Case(
        "fr-valuation-investment-and-upper-bound",
        "La société, valorisée 2 milliards d'euros, a annoncé un plan d'investissement de 300 "
        "millions d'euros et propose aux data scientists jusqu'à 70 000 euros par an.",
        [("jusqu'à 70 000 euros par an", None, 70000, "EUR", "year")],
        [("2 milliards d'euros", "valuation"), ("300 millions d'euros", "investment")],
        context={"jusqu'à 70 000 euros par an": {"kind": "maximum"}},
    ),
    Case(
        "fr-insee-mean-net",
        "D'après l'Insee, le salaire net moyen dans le secteur privé était de 2 630 euros par "
        "mois en 2022.",
        [("2 630 euros par mois", 2630, 2630, "EUR", "month")],
        context={"2 630 euros par mois": {"kind": "mean", "when": "2022", "source": "Insee"}},
    ),
    Case(
        "fr-smic-hourly-and-raise",
        "Le SMIC passe à 11,88 euros bruts de l'heure au 1er novembre, soit une revalorisation "
        "de 2 %.",
        [("11,88 euros bruts de l'heure", Decimal("11.88"), Decimal("11.88"), "EUR", "hour")],
        changes=[("2 %", 2, 2)],
    ),
    Case(
        "fr-survey-threshold-and-beginners",
        "Dans l'enquête, 35 % des ingénieurs déclarent gagner plus de 60 000 euros par an ; les "
        "ingénieurs débutants démarrent autour de 40 000 euros.",
        [
            ("plus de 60 000 euros par an", 60000, None, "EUR", "year"),
            ("autour de 40 000 euros", 40000, 40000, "EUR", "year"),
        ],
    ),
    Case(
        "fr-turnover-and-fixed-pay",
        "L'entreprise a réalisé un chiffre d'affaires de 12 millions d'euros et recrute des "
        "commerciaux avec un fixe de 2 500 euros bruts mensuels plus variable.",
        [("2 500 euros bruts mensuels", 2500, 2500, "EUR", "month")],
        [("12 millions d'euros", "revenue")],
    ),
    Case(
        "fr-rent-and-cashier",
        "Un loyer moyen à Paris coûte 1 300 euros par mois, alors qu'un caissier touche 1 450 "
        "euros nets par mois.",
        [("1 450 euros nets par mois", 1450, 1450, "EUR", "month")],
        [("1 300 euros par mois", "price")],
    ),
    Case(
        "fr-long-ad-lyon-range",
        "Nous recherchons un(e) comptable confirmé(e) pour notre siège de Lyon. Salaire : "
        "38 000 € à 44 000 € brut/an + 13e mois. Prise de poste : septembre 2025.",
        [("38 000 € à 44 000 € brut/an", 38000, 44000, "EUR", "year")],
    ),
    Case(
        "fr-trainee-teachers-and-cost",
        "Les enseignants stagiaires toucheront 2 100 euros bruts par mois dès la rentrée, une "
        "mesure chiffrée à 1 milliard d'euros par le ministère.",
        [("2 100 euros bruts par mois", 2100, 2100, "EUR", "month")],
        [("1 milliard d'euros", "price")],
    ),
    Case(
        "fr-fund-raised-and-analysts",
        "Le fonds a levé 150 millions d'euros ; ses analystes sont payés de 55 000 à 65 000 "
        "euros par an.",
        [("de 55 000 à 65 000 euros par an", 55000, 65000, "EUR", "year")],
        [("150 millions d'euros", "funding")],
    ),
    Case(
        "fr-quebec-hourly-and-investment",
        "Au Québec, le salaire horaire moyen des préposés aux bénéficiaires est de 26 dollars, "
        "et le gouvernement investira 2 milliards de dollars dans les CHSLD.",
        [("26 dollars", 26, 26, "CAD", "hour")],
        [("2 milliards de dollars", "investment")],
    ),
    Case(
        "fr-study-day-rates",
        "L'étude Hays montre que les salaires des consultants SAP varient de 450 à 650 euros par "
        "jour en freelance.",
        [("de 450 à 650 euros par jour", 450, 650, "EUR", "day")],
    ),
]

LANGUAGES = {"pt": PT, "it": IT, "ko": KO, "ru": RU, "pl": PL, "nl": NL, "en": EN_MORE,
             "fr": FR_MORE}  # fmt: skip
CASES = [case for cases in LANGUAGES.values() for case in cases]

# misses that cannot be fixed in extraction, kept visible: a fix shows at once (strict xfail)
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_salaries(case: Case) -> None:
    check_salaries(case)


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_other_money_and_changes(case: Case) -> None:
    check_other_money_and_changes(case)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_span_alone_reads_the_same(case: Case) -> None:
    check_span_alone_reads_the_same(case)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_at_least_fifteen_paragraphs_per_language(code: str) -> None:
    assert len(LANGUAGES[code]) >= 15
    assert len({c.id for c in LANGUAGES[code]}) == len(LANGUAGES[code])
