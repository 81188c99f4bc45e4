import type { DomainEvent } from '@kravspar/domain';
import { cancelled, criterionAdded, details, initiated, placementCriterion, published } from '@kravspar/domain/procurement/procurement.fixtures';
import { LIFECYCLE } from '../../../../libs/read-models/src/procurement/lifecycle-events.fixtures';
import { mapStream, recorded } from './gateway.fixtures';
import { procurementMessages } from './procurement.messages';

const STREAM = `procurement-${details.procurementId}`;
const lifecycle = recorded(STREAM, LIFECYCLE.map(([event]) => event));
const messages = mapStream(procurementMessages, lifecycle);
const byType = (type: string) => messages.find((message) => message.type === type)!;

describe('procurement messages', () => {
  it('publishes the acts outsiders and the notifier need, in stream order, one per event', () => {
    expect(messages.map((message) => message.type)).toEqual([
      'kravspar.procurement.published.v1',
      'kravspar.procurement.clarification-answered.v1',
      'kravspar.procurement.award-notification-sent.v1',
      'kravspar.procurement.review-application-filed.v1',
      'kravspar.procurement.interim-order-issued.v1',
      'kravspar.procurement.review-decided.v1',
      'kravspar.procurement.standstill-ended.v1',
      'kravspar.procurement.contract-signed.v1',
      'kravspar.procurement.award-notice-published.v1',
    ]);
  });

  it('wraps each as a CloudEvent of its source event: id, aggregate, recorded time, position', () => {
    const message = byType('kravspar.procurement.published.v1');
    const source = lifecycle.find((event) => event.type === 'ProcurementPublished')!;
    expect(message).toMatchObject({
      specversion: '1.0',
      id: source.metadata.eventId,
      source: '/kravspar/projector',
      subject: details.procurementId,
      time: source.metadata.recordedAt,
      position: source.position,
      datacontenttype: 'application/json',
    });
  });

  it('carries the procurement and its placement criterion at publication, from the stream state', () => {
    expect(byType('kravspar.procurement.published.v1').data).toMatchObject({
      procurementId: details.procurementId,
      title: details.title,
      buyerUnitId: details.buyerUnitId,
      socialCriteria: [{ criterionId: placementCriterion.criterionId, placementType: placementCriterion.placementType, matchingUnitId: placementCriterion.matchingUnitId }],
    });
  });

  it('keeps bids secret: only the winner is named, and only with the award notification', () => {
    expect(byType('kravspar.procurement.award-notification-sent.v1').data).toMatchObject({ winnerSupplierIds: ['acme'], standstillLastDay: '2026-05-04' });
    const everything = JSON.stringify(messages);
    for (const secret of ['bygg', 'cleanco', 'bid-acme', '3800000', '3500000', '"score"', 'tre platser']) expect(everything).not.toContain(secret);
    const beforeAward = JSON.stringify(messages.slice(0, 2));
    expect(beforeAward).not.toContain('acme');
  });

  it('leaves free text out: the clarification answer and the cancellation justification', () => {
    expect(byType('kravspar.procurement.clarification-answered.v1').data).toEqual({
      procurementId: details.procurementId,
      buyerUnitId: details.buyerUnitId,
      questionId: 'q-1',
      answeredAt: '2026-04-08T10:00:00+02:00',
      tenderDeadline: '2026-04-11T12:00:00+02:00',
      extensionRequired: true,
    });
    const history = recorded(STREAM, [initiated(), criterionAdded(), published(), cancelled({ justification: 'Anbudsgivaren Anna Andersson drog sig ur' })]);
    const [, cancellation] = mapStream(procurementMessages, history);
    expect(cancellation.type).toBe('kravspar.procurement.cancelled.v1');
    expect(JSON.stringify(cancellation)).not.toContain('Anna');
  });

  it('names the contract of the award notice, and maps a correction only when it moved the standstill', () => {
    expect(byType('kravspar.procurement.award-notice-published.v1').data).toMatchObject({ contractId: 'contract-1', late: false });
    const correction = (standstillLastDay?: string | null): DomainEvent => ({
      type: 'RegistrationCorrected',
      data: { revision: 15, eventType: 'AwardNotificationSent', field: 'sentAt', correctedValue: '2026-04-25T14:00:00+02:00', reason: 'wrong day', ...(standstillLastDay === undefined ? {} : { standstillLastDay }) },
      metadata: { occurredAt: '2026-04-26T10:00:00+02:00' },
    });
    const upToNotification = LIFECYCLE.slice(0, 16).map(([event]) => event);
    const moved = mapStream(procurementMessages, recorded(STREAM, [...upToNotification, correction('2026-05-05')])).at(-1)!;
    expect(moved).toMatchObject({ type: 'kravspar.procurement.standstill-rescheduled.v1', data: { standstillLastDay: '2026-05-05' } });
    const unmoved = mapStream(procurementMessages, recorded(STREAM, [...upToNotification, correction()])).at(-1)!;
    expect(unmoved.type).toBe('kravspar.procurement.award-notification-sent.v1');
  });

  it('maps nothing of the planning, the tender period or the evaluation', () => {
    const silent = ['ProcurementInitiated', 'SocialCriterionAdded', 'ClarificationRequested', 'TenderDeadlineExtended', 'BidReceived', 'BidWithdrawn', 'BidsOpened', 'SupplierQualified', 'BidsEvaluated', 'AwardDecided', 'InterimOrderLifted'];
    for (const type of silent) expect(procurementMessages.eventTypes).not.toContain(type);
  });
});
