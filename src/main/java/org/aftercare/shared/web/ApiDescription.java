package org.aftercare.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document's title and its bearer-token scheme, so Swagger UI can call the API. */
@Configuration
class ApiDescription {

    @Bean
    OpenAPI aftercareApi() {
        return new OpenAPI()
                .info(new Info().title("Aftercare API").version("v1")
                        .description("After-sales operations for cross-border TikTok Shop sellers. "
                                + "Send 'Authorization: Bearer <token>'; tokens belong to one tenant."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
