import { kafkaMockUnavailable } from './kafka-mock-cluster';

describe('kafkaMockUnavailable', () => {
  it('says why when kcat cannot be found', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(kafkaMockUnavailable()).toMatch(/kcat is not installed \(apt-get install -y kcat\)/);
    } finally {
      process.env.PATH = path;
    }
  });
});
