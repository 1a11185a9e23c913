package nl.uitzicht.reminder;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderPreferenceRows extends JpaRepository<ReminderPreference, UUID> {}
