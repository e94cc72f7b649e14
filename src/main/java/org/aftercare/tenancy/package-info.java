/**
 * Tenants (a seller, or one client of an agency), their shops, users and roles, API tokens and the
 * audit log. Every other module scopes its data by the {@link org.aftercare.tenancy.TenantId} of
 * the {@link org.aftercare.tenancy.Actor} making the request.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.aftercare.tenancy;
