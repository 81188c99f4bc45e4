import { Module } from '@nestjs/common';

/** Root module of `all-in-one` (architecture §1); its routes and workers are composed here. */
@Module({})
export class AllInOneModule {}
