import { Module } from '@nestjs/common';

/** Root module of `notifier` (architecture §1); its routes and workers are composed here. */
@Module({})
export class NotifierModule {}
