package nl.uitzicht.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.DeflaterOutputStream;

/**
 * A stand-in for a deserialization gadget: a comparator that records when Java deserialization brings it
 * to life or runs it. Put in a {@link PriorityQueue} (which sorts itself while being read, the start of
 * well-known gadget chains), it is what an attacker with write access to Redis would plant.
 */
final class Tripwire implements Comparator<Object>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final AtomicBoolean TRIPPED = new AtomicBoolean();

    @Override
    public int compare(Object a, Object b) {
        TRIPPED.set(true);
        return 0;
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        TRIPPED.set(true);
    }

    /** A PriorityQueue with this comparator, Java-serialized and deflated as the old cache format stored it. */
    static byte[] plantedValue() throws IOException {
        PriorityQueue<Object> queue = new PriorityQueue<>(new Tripwire());
        queue.add("a");
        queue.add("b");
        TRIPPED.set(false);
        ByteArrayOutputStream java = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(java)) {
            out.writeObject(queue);
        }
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            out.write(java.toByteArray());
        }
        return deflated.toByteArray();
    }
}
