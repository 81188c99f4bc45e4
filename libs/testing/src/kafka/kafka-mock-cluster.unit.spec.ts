import { kafkaMockUnavailable } from './kafka-mock-cluster';

describe('kafkaMockUnavailable', () => {
  it('says why when kcat cannot be found on the PATH', () => {
    expect(kafkaMockUnavailable({ PATH: '/nonexistent' })).toMatch(/kcat is not installed \(apt-get install -y kcat\)/);
  });
});
