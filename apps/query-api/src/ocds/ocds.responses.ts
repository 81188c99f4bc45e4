import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// The OpenAPI outline of the OCDS packages; the OCDS 1.1 schemas (docs/ocds/) define them in full.

class OcdsPublisherResponse {
  @ApiProperty({ example: 'Region Gotland' }) readonly name!: string;
}

class OcdsPackageResponse {
  @ApiProperty({ description: 'This package’s URI (the request’s)' }) readonly uri!: string;
  @ApiProperty({ example: '1.1' }) readonly version!: string;
  @ApiProperty({ type: [String], description: 'The sustainability and metrics extensions' }) readonly extensions!: string[];
  @ApiProperty({ description: 'Recorded time of the latest release drawn on' }) readonly publishedDate!: string;
  @ApiProperty({ type: OcdsPublisherResponse }) readonly publisher!: OcdsPublisherResponse;
}

class OcdsLinksResponse {
  @ApiPropertyOptional({ description: 'The next page, when there is one' }) readonly next?: string;
}

export class OcdsReleasePackageResponse extends OcdsPackageResponse {
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'OCDS 1.1 releases in log order; empty when none match' })
  readonly releases!: object[];
  @ApiPropertyOptional({ type: OcdsLinksResponse, description: 'Paging (the OCDS pagination convention)' })
  readonly links?: OcdsLinksResponse;
}

export class OcdsRecordPackageResponse extends OcdsPackageResponse {
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'One record: `ocid`, its releases by date, and the `compiledRelease`' })
  readonly records!: object[];
}
