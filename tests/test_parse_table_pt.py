"""Portuguese salary phrases: Brazil (Catho, Vagas.com, InfoJobs BR, Gupy, Indeed BR), Portugal
(Net-Empregos, ITJobs, Sapo Emprego), news and surveys (IBGE, INE, Pordata)."""

from __future__ import annotations

import pytest
from examples_helpers import BR, NEG, E, Example, N, P, check, table

PT = {"lang": "pt", "country": "PT"}

BRAZIL = table(
    E("R$ 3.500,00", 3500, 3500, "BRL", "month", inferred=P, hints=BR),
    E("R$ 4.000 a R$ 6.000", 4000, 6000, "BRL", "month", inferred=P, hints=BR),
    E("R$ 5.000,00 - R$ 7.000,00 por mês", 5000, 7000, "BRL", "month", hints=BR),
    E("Salário: R$ 2.800 + benefícios", 2800, 2800, "BRL", "month", inferred=P, hints=BR),
    E("R$ 180 mil por ano", 180000, 180000, "BRL", "year", hints=BR),
    E("R$ 15 mil mensais", 15000, 15000, "BRL", "month", hints=BR),
    E("De R$ 8.000 até R$ 12.000", 8000, 12000, "BRL", "month", inferred=P, hints=BR),
    E("Acima de R$ 10.000", 10000, None, "BRL", "month", inferred=P, hints=BR),
    E("Até R$ 3.000,00", None, 3000, "BRL", "month", inferred=P, hints=BR),
    E("R$ 25,00 por hora", 25, 25, "BRL", "hour", hints=BR),
    E("R$ 120 por dia", 120, 120, "BRL", "day", hints=BR),
    E("Faixa salarial: R$ 6.500 a R$ 9.500", 6500, 9500, "BRL", "month", inferred=P, hints=BR),
    E("R$ 3.200 bruto", 3200, 3200, "BRL", "month", gross=True, inferred=P, hints=BR),
    E("R$ 2.500 líquido", 2500, 2500, "BRL", "month", gross=False, inferred=P, hints=BR),
    E("R$ 10k - R$ 14k", 10000, 14000, "BRL", "month", inferred=P, hints=BR),
    E("Bolsa-auxílio de R$ 1.800,00", 1800, 1800, "BRL", "month", inferred=P, hints=BR),
    E("R$ 100 mil a R$ 150 mil por ano", 100000, 150000, "BRL", "year", hints=BR),
    E("USD 3.000 - 4.000 por mês", 3000, 4000, "USD", "month", hints=BR),
    E("R$ 7,5 mil", 7500, 7500, "BRL", "month", inferred=P, hints=BR),
    E("R$ 12.000 mensais + PLR", 12000, 12000, "BRL", "month", hints=BR),
    E("Efetivo – CLT · R$ 4.200 a R$ 5.100 por mês", 4200, 5100, "BRL", "month", hints=BR),
    E("R$ 45 - R$ 60 por hora (PJ)", 45, 60, "BRL", "hour", hints=BR),
    E("R$ 6.000", 6000, 6000, "BRL", "month", inferred=P, hints=BR),
    NEG("A combinar", BR),
    NEG("Salário a combinar", BR),
    NEG("Salário compatível com o mercado", BR),
    E("R$ 3.000,00 + VR + VT", 3000, 3000, "BRL", "month", inferred=P, hints=BR),
    E("R$ 2.500 a 3.000", 2500, 3000, "BRL", "month", inferred=P, hints=BR),
    E("Salário: R$ 4.800,00 (mensal)", 4800, 4800, "BRL", "month", hints=BR),
    E("R$ 18/hora", 18, 18, "BRL", "hour", hints=BR),
    E("R$ 220,00 por diária", 220, 220, "BRL", "day", hints=BR),
    E("salário de R$ 1,5 mil", 1500, 1500, "BRL", "month", inferred=P, hints=BR),
    E("R$ 200 mil anuais", 200000, 200000, "BRL", "year", hints=BR),
    E("R$ 8 mil + 13º salário", 8000, 8000, "BRL", "month", payments=13, inferred=P, hints=BR),
    E("R$ 120.000", 120000, 120000, "BRL", "year", inferred=P, hints=BR),
    E("Empresa de médio porte, R$ 5.000", 5000, 5000, "BRL", "month", inferred=P, hints=BR),
    E("Salário do cargo: R$ 5.000", 5000, 5000, "BRL", "month", inferred=P, hints=BR),
    E("R$ 5.000\r\nMensal", 5000, 5000, "BRL", "month", hints=BR),
    E("Diária de R$ 150,00", 150, 150, "BRL", "day", hints=BR),
    E("R$ 900 por semana", 900, 900, "BRL", "week", hints=BR),
    E("Kz 250.000", 250000, 250000, "AOA", "month", inferred=P, hints={"lang": "pt", "country": "AO"}),
    E("Salário da vaga: R$ 3.000", 3000, 3000, "BRL", "month", inferred=P, hints=BR),
    E("Informações sobre salário: R$ 3.000", 3000, 3000, "BRL", "month", inferred=P, hints=BR),
    E("Carga horária 44h semanais, salário R$ 2.200", 2200, 2200, "BRL", "month", inferred=P, hints=BR),
)  # fmt: skip

PORTUGAL = table(
    E("1.200€ x 14 meses", 1200, 1200, "EUR", "month", payments=14, inferred=P, hints=PT),
    E("1.500 € brutos mensais", 1500, 1500, "EUR", "month", gross=True, hints=PT),
    E("Vencimento: 1.100 € ilíquidos", 1100, 1100, "EUR", "month", gross=True, inferred=P, hints=PT),
    E("25.000€ - 30.000€ brutos anuais", 25000, 30000, "EUR", "year", gross=True, hints=PT),
    E("30k-40k€/ano", 30000, 40000, "EUR", "year", hints=PT),
    E("Entre 1.300 e 1.600 euros por mês", 1300, 1600, "EUR", "month", hints=PT),
    E("Remuneração: 900 € - 1.000 €", 900, 1000, "EUR", "month", inferred=P, hints=PT),
    E("8 €/hora", 8, 8, "EUR", "hour", hints=PT),
    E("a partir de 2.000 € mensais", 2000, None, "EUR", "month", hints=PT),
    E("35.000 €", 35000, 35000, "EUR", "year", inferred=P, hints=PT),
    E("1.000€ a 1.200€ líquidos", 1000, 1200, "EUR", "month", gross=False, inferred=P, hints=PT),
    E("Vencimento base: 1.850 €", 1850, 1850, "EUR", "month", inferred=P, hints=PT),
    E("950 € x 14", 950, 950, "EUR", "month", payments=14, inferred=P, hints=PT),
    E("1 200 € ilíquidos/mês", 1200, 1200, "EUR", "month", gross=True, hints=PT),
    E("7,50 € por hora, 40 horas semanais", "7.5", "7.5", "EUR", "hour", hints=PT),
)  # fmt: skip

NEWS = table(
    E("o salário médio dos trabalhadores foi de R$ 3.123", 3123, 3123, "BRL", "month", statistic="mean",
      inferred=P, hints=BR),
    E("O salário mediano em Portugal é de 1.025 euros", 1025, 1025, "EUR", "month", statistic="median",
      inferred=P, hints=PT),
    E("salário médio mensal de 1.505 euros brutos", 1505, 1505, "EUR", "month", gross=True, statistic="mean",
      hints=PT),
    E("ganham em torno de R$ 20 mil por mês", 20000, 20000, "BRL", "month", approximate=True, hints=BR),
    E("mais de R$ 50 mil por mês", 50000, None, "BRL", "month", hints=BR),
    E("um salário anual de 1,2 milhão de reais", 1200000, 1200000, "BRL", "year", hints=BR),
    N("investimento de R$ 50 milhões", BR),
    N("faturamento de R$ 2 bilhões", BR),
    N("orçamento de 300 mil euros", PT),
    N("2 anos de experiência", BR),
    N("", BR),
    N("mensalidade de R$ 890", BR),
    E("um salário de mil reais por mês", 1000, 1000, "BRL", "month", hints=BR),
    E("cientistas de dados ganham entre R$ 8 mil e R$ 15 mil por mês", 8000, 15000, "BRL", "month", hints=BR),
    E("o salário mínimo nacional sobe para 870 euros", 870, 870, "EUR", "month", inferred=P, hints=PT),
)  # fmt: skip


@pytest.mark.parametrize("example", BRAZIL)
def test_brazil(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", PORTUGAL)
def test_portugal(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news_and_surveys(example: Example) -> None:
    check(example)
