/**
 * Orders, their lines and their buyers. Buyer personal data is kept apart (table buyer) so that it
 * can be shown only to those who need it and erased on request while orders keep their history.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy"})
package org.aftercare.orders;
