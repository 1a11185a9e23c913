package nl.uitzicht;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform and tenant-admin beans, for tenant-admin's integration tests. */
@SpringBootApplication
public class TenantAdminTestApplication {}
