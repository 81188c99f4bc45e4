import { ApiProperty } from '@nestjs/swagger';
import type { PlacementKpiRow } from '@kravspar/read-store';
import { PlacementFunnelResponse } from '../commitment-detail/commitment-detail.response';
import type { PlacementKpis } from './get-placement-kpis.query';

// Shapes for the OpenAPI document only.

class PlacementKpiResponse extends PlacementFunnelResponse implements PlacementKpiRow {
  @ApiProperty({ description: 'The department (contract owner)' }) readonly unitId!: string;
  @ApiProperty({ description: 'The year of signing' }) readonly year!: number;
}

export class PlacementKpisResponse implements PlacementKpis {
  @ApiProperty({ type: [PlacementKpiResponse], description: 'Sorted by unit, then year' }) readonly items!: PlacementKpiResponse[];
}
