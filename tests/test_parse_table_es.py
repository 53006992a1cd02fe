"""Spanish salary phrases: Spain (InfoJobs, Indeed ES, Tecnoempleo), Mexico (OCC Mundial,
Computrabajo), Argentina (Bumeran, ZonaJobs), Colombia, Chile, Peru, news and surveys (INE,
Encuesta de Estructura Salarial)."""

from __future__ import annotations

import pytest
from examples_helpers import AR, CO, ES, MX, NEG, PC, E, Example, N, P, check, table

CL = {"lang": "es", "country": "CL"}
PE = {"lang": "es", "country": "PE"}

SPAIN = table(
    E("Salario: 25.000 € - 30.000 € brutos/año", 25000, 30000, "EUR", "year", gross=True, hints=ES),
    E("24.000 - 28.000 € b/a", 24000, 28000, "EUR", "year", gross=True, hints=ES),
    E("1.500 € brutos al mes", 1500, 1500, "EUR", "month", gross=True, hints=ES),
    E("1.200€ netos/mes", 1200, 1200, "EUR", "month", gross=False, hints=ES),
    E("30.000€ - 36.000€ brutos anuales en 14 pagas", 30000, 36000, "EUR", "year", gross=True, payments=14,
      hints=ES),
    E("1.400 € x 14 pagas", 1400, 1400, "EUR", "month", payments=14, inferred=P, hints=ES),
    E("9,50 €/hora", "9.5", "9.5", "EUR", "hour", hints=ES),
    E("Hasta 45.000 € brutos anuales", None, 45000, "EUR", "year", gross=True, hints=ES),
    E("Desde 35.000 €/año", 35000, None, "EUR", "year", hints=ES),
    E("Entre 40.000 y 50.000 euros al año", 40000, 50000, "EUR", "year", hints=ES),
    E("40-50k €", 40000, 50000, "EUR", "year", inferred=P, hints=ES),
    E("1.800 €", 1800, 1800, "EUR", "month", inferred=P, hints=ES),
    E("32.000 €", 32000, 32000, "EUR", "year", inferred=P, hints=ES),
    E("1.200-1.400 € netos mensuales", 1200, 1400, "EUR", "month", gross=False, hints=ES),
    E("20.000€ - 22.000€ /año", 20000, 22000, "EUR", "year", hints=ES),
    E("Salario: 45.000 € - 55.000 € brutos/año + variable", 45000, 55000, "EUR", "year", gross=True, hints=ES),
    E("De 28.000 a 32.000 euros brutos anuales", 28000, 32000, "EUR", "year", gross=True, hints=ES),
    E("12 € brutos/hora", 12, 12, "EUR", "hour", gross=True, hints=ES),
    NEG("Salario a convenir", ES),
    NEG("Según valía", ES),
    N("Salario no disponible", ES),
    E("30K-35K€ b/a", 30000, 35000, "EUR", "year", gross=True, hints=ES),
    E("Sueldo bruto anual: 28.000 €", 28000, 28000, "EUR", "year", gross=True, hints=ES),
    E("USD 40/hora", 40, 40, "USD", "hour", hints=ES),
    E("Banda salarial: 38-45k", 38000, 45000, "EUR", "year", inferred=PC, hints=ES),
    E("Hasta 2.200 € netos/mes", None, 2200, "EUR", "month", gross=False, hints=ES),
    E("Sueldo: 1.300 € netos x 14 pagas", 1300, 1300, "EUR", "month", gross=False, payments=14, inferred=P, hints=ES),
    E("entre 35 y 40 mil euros al año", 35000, 40000, "EUR", "year", hints=ES),
    E("entre los 30.000 y los 40.000 euros al año", 30000, 40000, "EUR", "year", hints=ES),
    E("30.000 € brutos en 14 mensualidades", 30000, 30000, "EUR", "year", gross=True, payments=14, inferred=P, hints=ES),
    E("Empresa mediana: 30.000 € b/a", 30000, 30000, "EUR", "year", gross=True, hints=ES),
    E("Salario\t1.500 €\tal mes", 1500, 1500, "EUR", "month", hints=ES),
    E("de 1.200 a 1.500 euros mensuales netos", 1200, 1500, "EUR", "month", gross=False, hints=ES),
    E("400 € semanales", 400, 400, "EUR", "week", hints=ES),
    E("Jornal: 60 € al día", 60, 60, "EUR", "day", hints=ES),
    E("Cena incluida, 1.500 € al mes", 1500, 1500, "EUR", "month", hints=ES),
    E("Horario: lunes a viernes, 1.200 € al mes", 1200, 1200, "EUR", "month", hints=ES),
    E("Jornada de 40 horas, 1.300 € netos", 1300, 1300, "EUR", "month", gross=False, inferred=P, hints=ES),
)  # fmt: skip

LATIN_AMERICA = table(
    E("$15,000 - $20,000 (Mensual)", 15000, 20000, "MXN", "month", hints=MX),
    E("$12,000.00 (Mensual)", 12000, 12000, "MXN", "month", hints=MX),
    E("Sueldo: $18,000 mensuales", 18000, 18000, "MXN", "month", hints=MX),
    E("$25,000 - $30,000 mensuales brutos", 25000, 30000, "MXN", "month", gross=True, hints=MX),
    E("$500 por día", 500, 500, "MXN", "day", hints=MX),
    E("$2,500 semanales", 2500, 2500, "MXN", "week", hints=MX),
    E("$ 850.000 a $ 1.100.000 mensuales", 850000, 1100000, "ARS", "month", hints=AR),
    E("USD 2.000 - 3.000 por mes", 2000, 3000, "USD", "month", hints=AR),
    E("$ 3.500.000 - $ 4.500.000 mensual", 3500000, 4500000, "COP", "month", hints=CO),
    E("$1.200.000 líquidos", 1200000, 1200000, "CLP", "month", gross=False, inferred=P, hints=CL),
    E("S/ 3,500 mensuales", 3500, 3500, "PEN", "month", hints=PE),
    E("$35,000 - $45,000 MXN mensuales", 35000, 45000, "MXN", "month", hints=MX),
    NEG("A convenir", MX),
    NEG("Sueldo a tratar", AR),
    E("US$ 1.500 mensuales", 1500, 1500, "USD", "month", hints=AR),
    E("$18,000 a $22,000 mensuales más prestaciones", 18000, 22000, "MXN", "month", hints=MX),
    # bare amounts: the period an expert infers from the magnitude in that market
    E("$420,000 MXN", 420000, 420000, "MXN", "year", inferred=P, hints=MX),
    E("S/ 4,000", 4000, 4000, "PEN", "month", inferred=P, hints=PE),
    # each market's own symbol ("$" is the Uruguayan peso in Uruguay) and its usual monthly pay
    E("$ 60.000", 60000, 60000, "UYU", "month", inferred=P, hints={"lang": "es", "country": "UY"}),
    E("₡650.000", 650000, 650000, "CRC", "month", inferred=P, hints={"lang": "es", "country": "CR"}),
    E("RD$ 35,000 mensuales", 35000, 35000, "DOP", "month", hints={"lang": "es", "country": "DO"}),
    E("Bs 5.000 por mes", 5000, 5000, "BOB", "month", hints={"lang": "es", "country": "BO"}),
)  # fmt: skip

NEWS = table(
    E("El salario medio en España se situó en 2.128 euros brutos mensuales", 2128, 2128, "EUR", "month",
      gross=True, statistic="mean", hints=ES),
    E("el sueldo mediano es de 22.382 euros brutos al año", 22382, 22382, "EUR", "year", gross=True,
      statistic="median", hints=ES),
    E("cobrará unos 3 millones de euros al año", 3000000, 3000000, "EUR", "year", approximate=True, hints=ES),
    E("un salario de más de 100.000 euros anuales", 100000, None, "EUR", "year", hints=ES),
    E("el salario mínimo interprofesional de 1.134 euros en 14 pagas", 1134, 1134, "EUR", "month", payments=14,
      inferred=P, hints=ES),
    E("alrededor de 2.000 euros al mes", 2000, 2000, "EUR", "month", approximate=True, hints=ES),
    E("un ingeniero de IA cobra de media 55.000 euros", 55000, 55000, "EUR", "year", statistic="mean",
      inferred=P, hints=ES),
    N("una inversión de 50 millones de euros", ES),
    N("facturación de 3 M€", ES),
    N("presupuesto de 200.000 €", ES),
    N("3 años de experiencia", ES),
    N("", ES),
    E("un sueldo de mil euros al mes", 1000, 1000, "EUR", "month", hints=ES),
    E("la media salarial en España es de 26.948 euros anuales", 26948, 26948, "EUR", "year", statistic="mean",
      hints=ES),
    E("el salario mínimo general es de 278.80 pesos diarios", "278.80", "278.80", "MXN", "day", hints=MX),
    E("1,5 millones de euros al año", 1500000, 1500000, "EUR", "year", hints=ES),
    E("el SMI sube hasta 1.184 euros al mes", 1184, 1184, "EUR", "month", hints=ES),
    N("ampliación de capital de 2 millones de euros", ES),
)  # fmt: skip


@pytest.mark.parametrize("example", SPAIN)
def test_spain(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", LATIN_AMERICA)
def test_latin_america(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("example", NEWS)
def test_news_and_surveys(example: Example) -> None:
    check(example)
