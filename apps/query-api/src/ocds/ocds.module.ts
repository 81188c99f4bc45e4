import { Module } from '@nestjs/common';
import { GetOcdsRecordEndpoint } from './get-ocds-record.endpoint';
import { GetOcdsRecordHandler } from './get-ocds-record.query';
import { ListOcdsReleasesEndpoint } from './list-ocds-releases.endpoint';
import { ListOcdsReleasesHandler } from './list-ocds-releases.query';

/**
 * The open-data routes of query-api (api.md: public, no token): OCDS 1.1 release and record packages
 * from the OCDS read model, published under the configured ocid prefix and publisher.
 */
@Module({
  controllers: [ListOcdsReleasesEndpoint, GetOcdsRecordEndpoint],
  providers: [ListOcdsReleasesHandler, GetOcdsRecordHandler],
})
export class OcdsModule {}
