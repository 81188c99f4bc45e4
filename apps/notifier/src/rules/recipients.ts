/**
 * The recipients of domain.md §5, as roles and units of api.md §Roles. A recipient without a unit reaches
 * everyone in the role (procurement support is every procurement officer; the social welfare unit is one
 * unit); a unit narrows a role to one department; a supplier is addressed by its id only.
 */
export interface Recipient {
  readonly role: string;
  readonly unitId?: string;
  readonly supplierId?: string;
}

/** Every procurement officer: the procurement support unit. */
export const procurementSupport = (): Recipient => ({ role: 'procurement-officer' });

/** The buyers of one department: a procurement's buyer, and a contract's owner. */
export const buyerUnit = (unitId: string): Recipient => ({ role: 'buyer', unitId });

/** The contract owner is the buyer unit of the procurement (api.md §Roles). */
export const contractOwner = buyerUnit;

export const socialWelfare = (): Recipient => ({ role: 'social-welfare' });

/** The labour-market unit that matches candidates for a criterion (its `matchingUnitId`). */
export const labourMarketUnit = (unitId: string): Recipient => ({ role: 'labour-market', unitId });

export const supplier = (supplierId: string): Recipient => ({ role: 'supplier', supplierId });
