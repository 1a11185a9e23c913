package nl.uitzicht;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform, tenant-admin and demo beans (the demo through its auto-configurations), for the demo module's tests. */
@SpringBootApplication
public class DemoTestApplication {}
