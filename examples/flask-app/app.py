from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
app.config["SECRET_KEY"] = "changeme"
app.config["SESSION_COOKIE_SECURE"] = False
CORS(app)


@app.get("/health")
def health():
    return jsonify(status="ok")


@app.get("/")
def index():
    return jsonify(message="hello")


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
