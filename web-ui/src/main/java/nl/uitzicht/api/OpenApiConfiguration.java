package nl.uitzicht.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of /api/v1, published at /api/openapi (JSON) and /api/openapi.yaml. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI uitzichtOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Uitzicht provisioning API")
                                .version("v1")
                                .description(
                                        "Automate onboarding of a region's schools and people. Authenticate with a "
                                                + "bearer JWT from the region's own identity provider (audience: the region's client "
                                                + "id, claim roles containing REGION_ADMIN). A token of region A gets 403 on region B."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")));
    }
}
