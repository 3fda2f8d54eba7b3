import type { RiskMessageKey } from './en';

/** Explicaciones del riesgo en español, ICU MessageFormat: las mismas claves que en inglés; los decimales con `number`, para la coma. */
export const ES_RISK_MESSAGES: Readonly<Record<RiskMessageKey, string>> = {
  'risk.factor.paymentLateness.noneDue': 'retraso en los pagos 0/{max}: todavía no vence ningún pago',
  'risk.factor.paymentLateness': 'retraso en los pagos {points, number}/{max}: índice de pago {index} en los últimos 12 meses (80 es pagar a tiempo)',
  'risk.factor.overdueExposure':
    'exposición vencida {points, number}/{max}: lo vencido ponderado es el {percent} % de la facturación de un mes ({count, plural, one {# factura vencida} other {# facturas vencidas}})',
  'risk.factor.brokenPromises': 'promesas incumplidas {points, number}/{max}: {broken} de {total} incumplidas',
  'risk.factor.excuses': 'excusas {points, number}/{max}: {count} en los últimos {days} días',
  'risk.factor.complaints': 'reclamaciones {points, number}/{max}: {count, plural, one {# infundada} other {# infundadas}} en los últimos {days} días',
  'risk.factor.unpaidScopeCreep': 'trabajo fuera de alcance sin cobrar {points, number}/{max}: {hours, number} h sin facturar en los últimos {days} días',
  'risk.factor.timeWaste':
    'tiempo perdido {points, number}/{max}: {missed, plural, one {# reunión perdida} other {# reuniones perdidas}} y {unprepared, plural, one {# sin preparar} other {# sin preparar}}, {rejected, plural, one {# recomendación rechazada} other {# recomendaciones rechazadas}}, {slow, plural, one {# respuesta lenta} other {# respuestas lentas}}, {stuck, plural, one {# revisión sin avances} other {# revisiones sin avances}}, {nonBillableHours, number} h no facturables por {billableHours, number} h facturables en los últimos {days} días',
  'risk.factor.demands':
    'exigencias {points, number}/{max}: {disrespect, plural, one {# falta de respeto} other {# faltas de respeto}} y {unreasonable, plural, one {# exigencia imposible de cumplir} other {# exigencias imposibles de cumplir}} en los últimos {days} días',
  'risk.factor.conduct':
    'conducta {points, number}/{max}: {count, plural, one {# aviso leve de abuso} other {# avisos leves de abuso}} en los últimos {days} días',
  'risk.factor.halved': '(reducido a la mitad: cliente antiguo, primer incidente)',
  'risk.rule.severeAbuse': 'abuso grave denunciado: tolerancia cero, la relación termina',
  'risk.rule.repeatedAbuse': '{count} avisos leves de abuso en los últimos {days} días: la advertencia no funcionó',
  'risk.rule.minorAbuseRepeated': '{count} avisos leves de abuso en los últimos {days} días: última advertencia',
  'risk.rule.conductBeyondRepair': 'solo la conducta suma {points, number} (se deja ir desde {letGoFrom}): la relación no tiene arreglo',
  'risk.rule.repeatedBrokenPromises': '{count} promesas de pago incumplidas en los últimos {days} días: no más trabajo a crédito',
  'risk.rule.longOverdue': '{days} días de retraso con más de un mes de facturación vencida: no más trabajo a crédito',
  'risk.rule.inDefault': 'en impago: deuda muy vencida tras una promesa incumplida o una carta de abogado; se da por perdido lo que debe',
  'risk.rule.writtenOffDebt': 'deuda dada por incobrable en los últimos {days} días',
  'risk.rule.negativeMargin': 'el cliente cuesta más de lo que paga (margen de contribución negativo)',
  'risk.rule.redWithNegativeMargin': 'en rojo y perdiendo dinero con el cliente',
  'risk.rule.creditLimitExceeded': 'debe {exposure} unidades menores, por encima de su límite de crédito de {limit}: no más trabajo a crédito',
};
