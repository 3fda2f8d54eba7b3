import { DeciderSpecification } from '@client-lifecycle/testing';
import { clientDecider, ClientErrorCode, ComplaintOutcome } from '@client-lifecycle/domain';
import {
  CLIENT_ID,
  clientRegistered,
  complaintFiled,
  complaintResolved,
  fileComplaint,
  fromTheFuture,
  INVOICE_ID,
  invoiceIssued,
  paymentRecorded,
  resolveComplaint,
} from './client.fixtures';

const spec = DeciderSpecification.for(clientDecider);

const acmeWithInvoice42 = [clientRegistered(), invoiceIssued()];

describe('Filing a complaint', () => {
  it('records a complaint about the work, disputing no invoice', () => {
    spec
      .given(acmeWithInvoice42)
      .when(fileComplaint({ subject: '  Logo colours ', text: ' The blue is not the blue we asked for ' }))
      .then([
        {
          type: 'ComplaintFiled',
          data: {
            clientId: CLIENT_ID,
            complaintId: 'CMP-1',
            subject: 'Logo colours',
            text: 'The blue is not the blue we asked for',
            disputedInvoiceId: null,
          },
        },
      ]);
  });

  it('a complaint naming an invoice disputes that invoice', () => {
    spec
      .given(acmeWithInvoice42)
      .when(fileComplaint({ invoiceId: INVOICE_ID, subject: 'Invoice 42', text: 'We never approved these hours' }))
      .then([complaintFiled({ disputedInvoiceId: INVOICE_ID, subject: 'Invoice 42', text: 'We never approved these hours' })]);
  });

  it('can dispute an invoice even after it was paid', () => {
    spec
      .given([...acmeWithInvoice42, paymentRecorded()])
      .when(fileComplaint({ invoiceId: INVOICE_ID }))
      .then([complaintFiled({ disputedInvoiceId: INVOICE_ID })]);
  });

  it('records every new complaint of a chronic complainer under its own id', () => {
    spec
      .given([...acmeWithInvoice42, complaintFiled(), complaintResolved()])
      .when(fileComplaint({ complaintId: 'CMP-2' }))
      .then([complaintFiled({ complaintId: 'CMP-2' })]);
  });

  it('refuses to file the same complaint twice', () => {
    spec
      .given([...acmeWithInvoice42, complaintFiled()])
      .when(fileComplaint())
      .thenRefusedWith(ClientErrorCode.ComplaintAlreadyFiled, { complaintId: 'CMP-1' });
  });

  it('refuses a complaint disputing an invoice the client was never issued', () => {
    spec
      .given(acmeWithInvoice42)
      .when(fileComplaint({ invoiceId: 'INV-404' }))
      .thenRefusedWith(ClientErrorCode.InvoiceNotFound, { invoiceId: 'INV-404' });
  });

  it.each([
    ['subject', { subject: ' ' }],
    ['text', { text: '' }],
  ])('refuses a complaint with a blank %s', (field, data) => {
    spec.given(acmeWithInvoice42).when(fileComplaint(data)).thenRefusedWith(ClientErrorCode.InvalidText, { field });
  });

  it('refuses a complaint recorded as filed after now', () => {
    spec.given(acmeWithInvoice42).when(fileComplaint({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});

describe('Resolving a complaint', () => {
  it.each([ComplaintOutcome.Founded, ComplaintOutcome.Unfounded])('records the complaint as %s with the resolution', (outcome) => {
    spec
      .given([...acmeWithInvoice42, complaintFiled()])
      .when(resolveComplaint({ outcome, resolution: '  Checked against the approved brand guide ' }))
      .then([
        {
          type: 'ComplaintResolved',
          data: { clientId: CLIENT_ID, complaintId: 'CMP-1', outcome, resolution: 'Checked against the approved brand guide' },
        },
      ]);
  });

  it('resolves a complaint that disputed an invoice', () => {
    spec
      .given([...acmeWithInvoice42, complaintFiled({ disputedInvoiceId: INVOICE_ID })])
      .when(resolveComplaint({ outcome: ComplaintOutcome.Founded }))
      .then([complaintResolved({ outcome: ComplaintOutcome.Founded })]);
  });

  it('refuses to resolve a complaint that was never filed', () => {
    spec
      .given(acmeWithInvoice42)
      .when(resolveComplaint({ complaintId: 'CMP-404' }))
      .thenRefusedWith(ClientErrorCode.ComplaintNotFound, { complaintId: 'CMP-404' });
  });

  it('refuses to resolve a complaint twice', () => {
    spec
      .given([...acmeWithInvoice42, complaintFiled(), complaintResolved()])
      .when(resolveComplaint({ outcome: ComplaintOutcome.Founded }))
      .thenRefusedWith(ClientErrorCode.ComplaintAlreadyResolved, { complaintId: 'CMP-1' });
  });

  it('refuses a resolution without words', () => {
    spec
      .given([...acmeWithInvoice42, complaintFiled()])
      .when(resolveComplaint({ resolution: '   ' }))
      .thenRefusedWith(ClientErrorCode.InvalidText, { field: 'resolution' });
  });

  it('refuses a resolution recorded as happening after now', () => {
    spec
      .given([...acmeWithInvoice42, complaintFiled()])
      .when(resolveComplaint({}, fromTheFuture))
      .thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});
