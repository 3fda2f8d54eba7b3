import { DraftKind } from '../draft.vocabulary';
import type { DraftTemplates } from '../draft.template';

/** Borradores en español. Tono (DOMAIN.md): el primer mensaje amable; después empatía, límites claros y siempre el motivo. */
export const ES_TEMPLATES: DraftTemplates = {
  invoiceLine:
    '- Factura {invoiceId}: {amount}, con vencimiento el {dueDate}{overdue, select, yes {, vencida hace {days, plural, one {# día} other {# días}}} other {}}',
  drafts: {
    [DraftKind.CourtesyCall]: {
      subject: 'Llamada de cortesía: {client}',
      body: `Llamar a {client} antes del vencimiento.
- Preguntar si todo funciona bien y si necesitan algo de nosotros.
- Confirmar que recibieron {count, plural, one {la factura} other {las # facturas}} por {total}:
{invoiceList}
- Agradecerles la confianza; sin presión, es una cortesía.`,
    },
    [DraftKind.FriendlyReminder]: {
      subject: 'Un recordatorio amable',
      body: `Hola, {client}:

Esperamos que todo vaya bien. A todos se nos traspapela alguna factura, así que solo queremos recordaros que en nuestros registros {count, plural, one {sigue pendiente una factura} other {siguen pendientes # facturas}} por {total}:
{invoiceList}

Si el pago ya está en camino, muchas gracias y disculpad este mensaje. {askForDate, select, yes {¿Podríais indicarnos la fecha en la que podemos esperar el pago?} other {Si algo lo está retrasando, decídnoslo y os ayudaremos con gusto.}}

Un saludo,
Departamento de cobros`,
    },
    [DraftKind.FirmReminder]: {
      subject: 'Pago vencido: {total}',
      body: `Hola, {client}:

Entendemos que pueden surgir imprevistos, pero {count, plural, one {la siguiente factura está vencida} other {las siguientes # facturas están vencidas}}, la más antigua desde hace {oldestDays} días:
{invoiceList}

Necesitamos el pago de {total}, o una fecha de pago firme, antes del {replyBy}: nuestro acuerdo se basa en que las facturas se paguen en los plazos que ambos firmamos. Os llamaremos en los próximos días para resolverlo juntos.{askForDate, select, yes {
Por favor, indicadnos en qué fecha realizaréis el pago.} other {}}

Un saludo,
Departamento de cobros`,
    },
    [DraftKind.FormalLetter]: {
      subject: 'Requerimiento formal de pago: {total}',
      body: `Estimados señores de {client}:

A pesar de nuestros recordatorios anteriores, siguen pendientes de pago los siguientes importes:
{invoiceList}

Total adeudado: {total}. Conforme a las condiciones de morosidad de nuestro contrato y a la ley, el retraso devenga intereses al {interestRate} anual: {interest} hasta hoy, {today}, y siguen devengándose.

Les rogamos que abonen el total antes del {replyBy}. Valoramos nuestra relación y estamos dispuestos a acordar un plan de pagos breve si se ponen en contacto con nosotros antes de esa fecha; sin pago ni acuerdo, tendremos que tomar otras medidas.

Atentamente,
Departamento de cobros`,
    },
    [DraftKind.FinalNotice]: {
      subject: 'Último aviso antes de otras acciones: {total}',
      body: `Estimados señores de {client}:

Este es nuestro último aviso. {count, plural, one {Sigue impagada una factura} other {Siguen impagadas # facturas}}, la más antigua desde hace {oldestDays} días:
{invoiceList}

Total adeudado: {total}, más intereses de demora de {interest} al {interestRate} anual.

Desde hoy, los nuevos trabajos solo se realizarán con pago por adelantado. Seguimos prefiriendo un acuerdo: podemos ofrecerles un plan de pagos breve si responden antes del {replyBy}. Sin pago ni acuerdo en esa fecha, el asunto pasará a nuestros abogados.

Atentamente,
Departamento de cobros`,
    },
    [DraftKind.LawyerLetter]: {
      subject: 'Reclamación de cantidad: {total}',
      body: `A la atención de {client}.

Muy señores míos:

En nombre de nuestro cliente les reclamamos el pago de {total}, adeudado por las siguientes facturas:
{invoiceList}

más los intereses legales de demora de {interest} ({interestRate} anual) hasta el {today}.

Si el importe total no se abona antes del {replyBy}, se iniciarán acciones judiciales sin más aviso, con las costas que conlleven.

Atentamente,
Asesoría jurídica`,
    },
    [DraftKind.WriteOffDecision]: {
      subject: 'Decisión: vía judicial o cancelación de la deuda de {client}',
      body: `{client} debe {total}; la factura más antigua lleva {oldestDays} días vencida:
{invoiceList}

Recuperación esperada: {recovery}. Coste de la acción judicial: {legalCost}.
Regla: ir a juicio solo si la recuperación esperada supera el coste judicial; si no, dar la deuda por perdida y cerrar el expediente.`,
    },
    [DraftKind.ExecutiveEscalation]: {
      subject: '{client}: {total} vencidos',
      body: `Estimado/a director/a general de {client}:

Le escribo directamente porque valoramos la relación entre nuestras empresas. {count, plural, one {Una factura} other {# facturas}} por {total} {count, plural, one {está vencida} other {están vencidas}}, la más antigua desde hace {oldestDays} días, y nuestros recordatorios no lo han resuelto:
{invoiceList}

¿Podría pedir a su equipo que realice el pago, o que nos dé una fecha firme, antes del {replyBy}?

Gracias por su ayuda.`,
    },
    [DraftKind.TerminationNotice]: {
      subject: 'Notificación de resolución de nuestro contrato',
      body: `Estimados señores de {client}:

Tras valorarlo detenidamente, hemos decidido poner fin a nuestro contrato, con el preaviso de {noticeDays} días que prevé el contrato. La resolución será efectiva el {effectiveDate}.

Tomamos esta decisión porque la relación ya no funciona en los términos que acordamos: {count, plural, =0 {} one {sigue impagada una factura por {total}.} other {siguen impagadas # facturas por {total}.}}

Hasta el {effectiveDate} completaremos lo que les debemos y les entregaremos todo lo necesario para que su trabajo continúe sin interrupciones; a continuación les enviamos un plan de transición.

Les agradecemos el tiempo que hemos trabajado juntos.

Atentamente`,
    },
    [DraftKind.TransitionPlan]: {
      subject: 'Plan de transición hasta el {effectiveDate}',
      body: `Estimados señores de {client}:

Para que el traspaso sea ordenado antes del {effectiveDate}:
1. Confirmaremos con ustedes los entregables pendientes y los completaremos.
2. Les entregaremos sus datos, credenciales de acceso y documentación.
3. Emitiremos una factura final por el trabajo realizado hasta entonces.
4. El acceso a nuestros sistemas termina el {effectiveDate}.
{count, plural, =0 {} other {
Importe aún pendiente: {total}:
{invoiceList}
}}
Indíquennos, por favor, quién recibirá el traspaso por su parte.

Un saludo`,
    },
    [DraftKind.TerminationTalkingPoints]: {
      subject: 'Puntos para la conversación: fin de la relación con {client}',
      body: `- Empezar agradeciendo el tiempo trabajado juntos; con calma y brevedad.
- Comunicar la decisión con claridad: el contrato termina el {effectiveDate}, con {noticeDays} días de preaviso.
- Dar el motivo una sola vez, con hechos y sin culpas{count, plural, =0 {.} other {: {total} impagados en {count, plural, one {una factura} other {# facturas}}, la más antigua con {oldestDays} días de retraso.}}
- Mostrar empatía: reconocer el impacto en su trabajo.
- Marcar los límites: la decisión es firme; qué entregamos todavía y hasta cuándo.
- Explicar el plan de transición y preguntar quién recibe el traspaso.
- No discutir decisiones pasadas ni hacer nuevas promesas.`,
    },
    [DraftKind.CreditHoldNotice]: {
      subject: 'Nuevos trabajos con pago por adelantado: {client}',
      body: `Estimados señores de {client}:

Valoramos mucho trabajar con ustedes y queremos seguir haciéndolo. {reason, select, CREDIT_LIMIT_EXCEEDED {Lo pendiente en su cuenta, {total}, supera ya el límite de crédito acordado de {creditLimit}} other {{count, plural, one {Una factura lleva abierta} other {# facturas llevan abiertas}} más tiempo del que permiten nuestras condiciones, la más antigua {oldestDays} días, por {total} en total}}:
{invoiceList}

Por ello, desde hoy, {today}, los nuevos trabajos se realizarán con pago por adelantado. Los trabajos ya en curso continúan según lo acordado.

No es el final de nada: en cuanto se salde lo pendiente, o se acuerde y cumpla un plan de pagos, volveremos a las condiciones habituales. Si nos responden antes del {replyBy}, acordaremos con gusto las fechas.

Un saludo,
Departamento de cobros`,
    },
  },
};
