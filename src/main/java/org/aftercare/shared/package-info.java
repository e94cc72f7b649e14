/**
 * Small value types and infrastructure every module may use: money, the embedded database
 * bootstrap, API problem responses. Nothing here knows about a business feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.aftercare.shared;
