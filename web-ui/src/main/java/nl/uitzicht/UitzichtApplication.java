package nl.uitzicht;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Uitzicht: one Spring Boot application, the modules under {@code nl.uitzicht.*}. */
@SpringBootApplication
public class UitzichtApplication {

    public static void main(String[] args) {
        SpringApplication.run(UitzichtApplication.class, args);
    }
}
