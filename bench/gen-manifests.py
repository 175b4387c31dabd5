#!/usr/bin/env python3
"""Writes N small Kubernetes documents (a Deployment/Service/ConfigMap/PVC mix) into DIR, 10 per file."""
import os
import sys

TEMPLATES = [
    """apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-{i}
  labels: {{app: app-{i}}}
spec:
  replicas: 2
  selector:
    matchLabels: {{app: app-{i}}}
  template:
    metadata:
      labels: {{app: app-{i}}}
    spec:
      containers:
        - name: app
          image: registry.example.com/app:1.{i}
          ports:
            - {{name: http, containerPort: 8080}}
          resources:
            requests: {{cpu: 100m, memory: 128Mi}}
            limits: {{memory: 256Mi}}
""",
    """apiVersion: v1
kind: Service
metadata:
  name: svc-{i}
spec:
  selector: {{app: app-{j}}}
  ports:
    - {{name: http, port: 80, targetPort: http}}
""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: config-{i}
data:
  key: value-{i}
  other: "{i}"
""",
    """apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data-{i}
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests: {{storage: 1Gi}}
""",
]


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    per_file = 10
    for f in range(0, count, per_file):
        docs = []
        for i in range(f, min(f + per_file, count)):
            kind = i % 4
            # a Service selects the Deployment written just before it
            docs.append(TEMPLATES[kind].format(i=i, j=i - 1))
        with open(os.path.join(out, "m%06d.yaml" % (f // per_file)), "w") as fh:
            fh.write("---\n".join(docs))


if __name__ == "__main__":
    main()
