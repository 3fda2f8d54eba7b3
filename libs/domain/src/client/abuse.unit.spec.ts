import { DeciderSpecification } from '@client-lifecycle/testing';
import { AbuseSeverity, clientDecider, ClientErrorCode } from '@client-lifecycle/domain';
import { abuseReported, CLIENT_ID, clientRegistered, fromTheFuture, reportAbuse } from './client.fixtures';

const spec = DeciderSpecification.for(clientDecider);

const acme = [clientRegistered()];

describe('Reporting abuse', () => {
  it.each([AbuseSeverity.Minor, AbuseSeverity.Severe])('records a %s abuse report with who reported it', (severity) => {
    spec
      .given(acme)
      .when(reportAbuse({ severity, description: '  Threatened the designer on a call ', reportedBy: ' Jane Doe ' }))
      .then([
        {
          type: 'AbuseReported',
          data: {
            clientId: CLIENT_ID,
            reportId: 'AB-1',
            severity,
            description: 'Threatened the designer on a call',
            reportedBy: 'Jane Doe',
          },
        },
      ]);
  });

  it('records every further report under its own id: no tolerance, nothing is merged away', () => {
    spec
      .given([...acme, abuseReported()])
      .when(reportAbuse({ reportId: 'AB-2', severity: AbuseSeverity.Severe }))
      .then([abuseReported({ reportId: 'AB-2', severity: AbuseSeverity.Severe })]);
  });

  it('refuses the same report twice', () => {
    spec
      .given([...acme, abuseReported()])
      .when(reportAbuse())
      .thenRefusedWith(ClientErrorCode.AbuseReportAlreadyFiled, { reportId: 'AB-1' });
  });

  it.each([
    ['description', { description: '' }],
    ['reportedBy', { reportedBy: '  ' }],
  ])('refuses a report with a blank %s', (field, data) => {
    spec.given(acme).when(reportAbuse(data)).thenRefusedWith(ClientErrorCode.InvalidText, { field });
  });

  it('refuses a report of abuse recorded as happening after now', () => {
    spec.given(acme).when(reportAbuse({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});
