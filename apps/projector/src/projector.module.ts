import { Module } from '@nestjs/common';

/** Root module of `projector` (architecture §1); its routes and workers are composed here. */
@Module({})
export class ProjectorModule {}
