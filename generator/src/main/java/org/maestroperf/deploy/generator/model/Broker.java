package org.maestroperf.deploy.generator.model;

/**
 * The MQTT control-plane broker.
 *
 * @param workload         its Deployment
 * @param kind             mosquitto or activemq
 * @param externalNodePort NodePort of broker-external, or null for no such Service
 * @param mosquittoConfig  mosquitto.conf (Mosquitto only)
 */
public record Broker(Workload workload, String kind, Integer externalNodePort, String mosquittoConfig) {

    /** The MQTT port every component connects to. */
    public static final int MQTT_PORT = 1883;
    /** The Service every Maestro component reaches the broker through. */
    public static final String SERVICE = "broker";
    /** The URL every Maestro component is given as MAESTRO_BROKER. */
    public static final String URL = "mqtt://" + SERVICE + ":" + MQTT_PORT;

    public boolean mosquitto() {
        return "mosquitto".equals(kind);
    }
}
