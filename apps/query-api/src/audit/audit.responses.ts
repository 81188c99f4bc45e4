import { ApiProperty } from '@nestjs/swagger';
import type { ProblemKind } from '@kravspar/event-store';

// Shapes for the OpenAPI document only; the answers are the objects the queries return.

const PROBLEMS: ProblemKind[] = ['modified', 'deleted', 'reordered', 'inserted', 'truncated', 'signature', 'checkpoint'];

class AuditEventResponse {
  @ApiProperty({ description: 'Position in the global log' }) readonly position!: number;
  @ApiProperty() readonly streamId!: string;
  @ApiProperty() readonly revision!: number;
  @ApiProperty({ example: 'BidReceived' }) readonly type!: string;
  @ApiProperty({ type: Object, nullable: true, description: 'Null while P5 withholds it' }) readonly data!: object | null;
  @ApiProperty({ type: Object, description: 'With recordedAt, prevHash and hash; actor null while P5 withholds it' }) readonly metadata!: object;
  @ApiProperty({ type: [String], required: false, enum: ['data', 'actor'] }) readonly withheld?: string[];
}

export class AuditStreamEventsResponse {
  @ApiProperty() readonly streamId!: string;
  @ApiProperty({ nullable: true, type: String }) readonly asOf!: string | null;
  @ApiProperty({ nullable: true, type: Number }) readonly revision!: number | null;
  @ApiProperty({ type: [AuditEventResponse] }) readonly items!: AuditEventResponse[];
}

class AuditStateEventResponse {
  @ApiProperty() readonly revision!: number;
  @ApiProperty({ example: 'ProcurementPublished' }) readonly type!: string;
  @ApiProperty({ description: 'Business time of the act' }) readonly occurredAt!: string;
  @ApiProperty({ description: 'When the system stored it' }) readonly recordedAt!: string;
}

export class AuditStreamStateResponse {
  @ApiProperty() readonly streamId!: string;
  @ApiProperty({ nullable: true, type: String }) readonly asOf!: string | null;
  @ApiProperty({ example: 'procurement' }) readonly category!: string;
  @ApiProperty({ description: 'Revision of the last event folded; -1 when none was recorded by then' }) readonly revision!: number;
  @ApiProperty({ type: Object, description: "The decider's state; fields P5 withholds are left out" }) readonly state!: object;
  @ApiProperty({ type: [AuditStateEventResponse] }) readonly events!: AuditStateEventResponse[];
  @ApiProperty({ type: [String], required: false, description: 'State fields P5 withholds from this reader' }) readonly withheld?: string[];
}

export class AuditVerifyResponse {
  @ApiProperty() readonly ok!: boolean;
  @ApiProperty({ description: 'Events checked' }) readonly checked!: number;
  @ApiProperty({ required: false }) readonly firstBadPosition?: number;
  @ApiProperty({ required: false, enum: PROBLEMS }) readonly problem?: ProblemKind;
  @ApiProperty({ required: false }) readonly detail?: string;
  @ApiProperty() readonly checkpointsChecked!: number;
  @ApiProperty({ description: 'Largest position sealed by a checkpoint' }) readonly sealedUpTo!: number;
  @ApiProperty({ type: [String], description: 'Ids of the keys that signed the checkpoints' }) readonly keyIds!: string[];
}

export class CheckpointResponse {
  @ApiProperty() readonly id!: number;
  @ApiProperty({ description: 'Positions 1..treeSize are sealed' }) readonly treeSize!: number;
  @ApiProperty({ description: 'RFC 9162 Merkle root (hex) over the leaves of those positions' }) readonly root!: string;
  @ApiProperty() readonly signedAt!: string;
  @ApiProperty() readonly keyId!: string;
  @ApiProperty({ description: 'Ed25519 over the checkpoint note, base64' }) readonly signature!: string;
  @ApiProperty({ description: 'The signing key, PEM; trust it only if its id is the one you pinned' }) readonly publicKey!: string;
}
