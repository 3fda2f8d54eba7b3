import { DeciderSpecification } from '@client-lifecycle/testing';
import { clientDecider, ClientErrorCode, type ClientCommand, type ClientEvent } from '@client-lifecycle/domain';
import { at, CLIENT_ID, clientRegistered } from './client.fixtures';

const spec = DeciderSpecification.for(clientDecider);

const open = (terminationId: string): ClientCommand => ({ type: 'OpenTermination', data: { clientId: CLIENT_ID, terminationId }, metadata: at });
const close = (terminationId: string): ClientCommand => ({
  type: 'CloseTermination',
  data: { clientId: CLIENT_ID, terminationId, outcome: 'CANCELLED' },
  metadata: at,
});
const opened = (terminationId: string): ClientEvent => ({ type: 'TerminationOpened', data: { clientId: CLIENT_ID, terminationId } });
const closed = (terminationId: string): ClientEvent => ({ type: 'TerminationClosed', data: { clientId: CLIENT_ID, terminationId, outcome: 'CANCELLED' } });

describe('One termination under way per client, recorded on its own stream', () => {
  it('opens a termination on a client with none under way', () => {
    spec
      .given([clientRegistered()])
      .when(open('T-1'))
      .then([opened('T-1')]);
  });

  it('refuses a second termination while one is under way', () => {
    spec
      .given([clientRegistered(), opened('T-1')])
      .when(open('T-2'))
      .thenRefusedWith(ClientErrorCode.TerminationUnderWay, { terminationId: 'T-1' });
  });

  it('changes nothing when the same termination is opened again (a retried proposal)', () => {
    spec
      .given([clientRegistered(), opened('T-1')])
      .when(open('T-1'))
      .then([]);
  });

  it('closes the termination under way, after which another may open', () => {
    spec
      .given([clientRegistered(), opened('T-1')])
      .when(close('T-1'))
      .then([closed('T-1')]);
    spec
      .given([clientRegistered(), opened('T-1'), closed('T-1')])
      .when(open('T-2'))
      .then([opened('T-2')]);
  });

  it('changes nothing when closing a termination that is not the one under way (ended already, or begun before this rule)', () => {
    spec.given([clientRegistered()]).when(close('T-OLD')).then([]);
    spec
      .given([clientRegistered(), opened('T-1')])
      .when(close('T-OLD'))
      .then([]);
  });
});
